import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clockOffsetMs } from "@/lib/clock";
import type { PortalAccess } from "@/lib/xero-sandbox/http/access";
import { FULL_ORG, orgId } from "@/lib/xero-sandbox/seed-data";
import { createSandboxApp, getAppByClientId, listApps, secretMatches } from "@/lib/xero-sandbox/store/apps";
import { connectedAppsOf } from "@/lib/xero-sandbox/store/connections";
import { listFaults, queueFault } from "@/lib/xero-sandbox/store/faults";
import { startSandboxServer } from "@/lib/xero-sandbox/test-server";

// The sandbox's controls over real HTTP, with an access check that reads a stand-in session cookie (the
// Next route asks the dashboard instead): signed out and cross-site they refuse and change nothing.

const sessions: Record<string, PortalAccess> = { developer: "allowed", support: "forbidden" };
let server: Awaited<ReturnType<typeof startSandboxServer>>;
let origin: string;
beforeAll(async () => {
  server = await startSandboxServer(async (request) => sessions[/session=(\w+)/.exec(request.headers.get("cookie") ?? "")?.[1] ?? ""] ?? "signed-out");
  origin = new URL(server.baseUrl).origin;
});
afterAll(() => server.close());

type As = { session?: "developer" | "support"; from?: string; accept?: string };
function send(method: "GET" | "POST", path: string, fields: Record<string, string> = {}, as: As = {}) {
  const headers: Record<string, string> = { accept: as.accept ?? "application/json" };
  if (as.session) headers.cookie = `session=${as.session}`;
  // What a browser adds to a form post: where the page that sent it came from.
  if (as.from) Object.assign(headers, { origin: as.from, "sec-fetch-site": as.from === origin ? "same-origin" : "cross-site" });
  const body = method === "POST" ? new URLSearchParams(fields) : undefined;
  return fetch(`${server.baseUrl}${path}`, { method, headers, body, redirect: "manual" });
}

/** Every state-changing control, and how to tell it changed nothing. */
function controls() {
  const { app, clientSecret } = createSandboxApp({ name: `Guarded ${Math.random()}`, plan: "core", redirectUris: ["http://localhost:4000/cb"] });
  queueFault({ kind: "http-500", target: "connections", clientId: "untouched" });
  const connection = connectedAppsOf(orgId(FULL_ORG))[0]!;
  const snapshot = () => ({
    clock: clockOffsetMs(),
    faults: listFaults().length,
    apps: listApps().length,
    secretStillWorks: secretMatches(getAppByClientId(app.clientId)!, clientSecret!),
    connections: connectedAppsOf(orgId(FULL_ORG)).map((c) => c.connectionId),
  });
  const posts: [string, Record<string, string>][] = [
    ["/portal/clock", { days: "1" }],
    ["/portal/faults", { kind: "http-500", target: "token", clientId: "" }],
    ["/portal/faults/clear", {}],
    [`/portal/apps/${app.id}/secret`, {}],
    [`/portal/organisations/${orgId(FULL_ORG)}/disconnect`, { connectionId: connection.connectionId }],
    ["/portal/apps", { name: "Forged App", plan: "core", redirectUris: "http://localhost:4000/cb" }],
    ["/portal/api/apps", { name: "Forged Api App", plan: "core", redirectUris: "http://localhost:4000/cb" }],
  ];
  return { snapshot, posts };
}

describe("sandbox controls", () => {
  it("send a signed-out browser to the dashboard's sign-in and back", async () => {
    for (const path of ["/portal", "/portal/organisations", `/portal/organisations/${orgId(FULL_ORG)}`, "/portal/users", "/portal/clock", "/portal/faults", ""]) {
      const res = await send("GET", path);
      expect(res.status, path).toBe(303);
      expect(res.headers.get("location"), path).toBe(`/sign-in?callbackUrl=${encodeURIComponent(`/sandbox/xero${path}`)}`);
    }
  });

  it("refuse signed-out, support and cross-site posts, and change nothing", async () => {
    const { snapshot, posts } = controls();
    const before = snapshot();
    for (const [path, fields] of posts) {
      expect((await send("POST", path, fields)).status, `signed out ${path}`).toBe(401);
      expect((await send("POST", path, fields, { session: "support" })).status, `support ${path}`).toBe(403);
      expect((await send("POST", path, fields, { session: "developer", from: "http://evil.example" })).status, `cross-site ${path}`).toBe(403);
    }
    expect(snapshot()).toEqual(before);
  });

  it("answer a browser with a page that says what to do", async () => {
    const res = await send("POST", "/portal/clock", { days: "1" }, { accept: "text/html" });
    expect(res.status).toBe(401);
    expect(await res.text()).toContain(`href="/sign-in?callbackUrl=${encodeURIComponent("/sandbox/xero/portal/clock")}"`);
    const support = await send("GET", "/portal/clock", {}, { session: "support", accept: "text/html" });
    expect(support.status).toBe(403);
    expect(await support.text()).toContain("admins and developers can");
  });

  it("work for a developer's same-origin form posts", async () => {
    const before = clockOffsetMs();
    const res = await send("POST", "/portal/clock", { days: "1" }, { session: "developer", from: origin });
    expect(res.status).toBe(303);
    expect(clockOffsetMs()).toBeGreaterThan(before);
    expect((await send("GET", "/portal/clock", {}, { session: "developer" })).status).toBe(200);
  });
});

describe("Xero's public surface", () => {
  it("stays public: discovery, JWKS, authorize and the token endpoint without Origin", async () => {
    expect((await send("GET", "/identity/.well-known/openid-configuration")).status).toBe(200);
    expect((await send("GET", "/identity/.well-known/openid-configuration/jwks")).status).toBe(200);
    const token = await send("POST", "/identity/connect/token", { grant_type: "client_credentials", client_id: "nobody", client_secret: "x" });
    expect(token.status).toBe(400);
    expect(await token.json()).toEqual({ error: "invalid_client" });
  });

  it("refuses a Xero-user sign-in posted from another site (login CSRF)", async () => {
    const { app } = createSandboxApp({ name: `Login CSRF ${Math.random()}`, plan: "core", redirectUris: ["http://localhost:4000/cb"] });
    const query = new URLSearchParams({ response_type: "code", client_id: app.clientId, redirect_uri: "http://localhost:4000/cb", scope: "openid offline_access accounting.settings", state: "s" });
    const path = `/login/identity/connect/authorize?${query}`;
    expect((await send("GET", path)).status).toBe(200);
    const signIn = { step: "signin", email: "ben.hogan@example.com", password: "sandbox-password" };
    expect((await send("POST", path, signIn, { from: "http://evil.example" })).status).toBe(403);
    expect((await send("POST", path, signIn, { from: origin })).status).toBe(200);
  });
});

describe("security headers", () => {
  it("come with every sandbox page, portal and login alike", async () => {
    for (const path of ["/portal/clock", "/login/connectionLimit?client_id=x"]) {
      const res = await send("GET", path, {}, { session: "developer" });
      expect(res.headers.get("content-type")).toContain("text/html");
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'none'");
      expect(csp).not.toContain("unsafe-eval");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(res.headers.get("permissions-policy")).toContain("camera=()");
    }
  });
});
