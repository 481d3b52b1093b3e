import { expect } from "vitest";
import { NextRequest } from "next/server";
import type { Permission } from "@/lib/auth/permissions";
import { insertTestUser } from "@/lib/testing/users";

// Every server action and route handler, who may call it (per permissions.ts), and how to call it.
// Used by lib/auth/authorization-matrix.test.ts, which mocks next-auth and fails when an endpoint in
// the app is missing here. Endpoints are imported inside each call so one module that fails to load
// fails only its own rows.

/** refused: the endpoint turned the caller away (401 or 403); otherwise it let them in. */
export type Outcome = { refused: false } | { refused: true; status: 401 | 403 };
type Call = () => Promise<Outcome>;
export type Entry = { access: Permission; call: Call } | { access: "public"; call?: Call; why: string };

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
};
const fromResult = (result: { ok: boolean; code?: string }): Outcome =>
  !result.ok && result.code === "unauthenticated" ? { refused: true, status: 401 } : !result.ok && result.code === "forbidden" ? { refused: true, status: 403 } : { refused: false };
const fromResponse = (res: Response): Outcome => (res.status === 401 || res.status === 403 ? { refused: true, status: res.status } : { refused: false });
/** Actions that return a FormState carry the error code too. */
const fromFormState = (state: { ok?: boolean; code?: string }): Outcome => fromResult({ ok: state.ok ?? state.code === undefined, code: state.code });
/** Routes that answer with redirects: to sign-in means 401, connect_error=forbidden means 403. */
const fromRedirect = (res: Response): Outcome => {
  const location = res.headers.get("location") ?? "";
  return location.includes("/sign-in") ? { refused: true, status: 401 } : location.includes("connect_error=forbidden") ? { refused: true, status: 403 } : { refused: false };
};
const request = (path: string) => new NextRequest(new URL(path, "http://localhost"));
/** Actions that redirect on success throw (mocked) NEXT_REDIRECT: the caller got through. */
const allowingRedirect = async (fn: () => Promise<Outcome>): Promise<Outcome> => {
  try {
    return await fn();
  } catch (error) {
    if ((error as { digest?: string }).digest === "NEXT_REDIRECT") return { refused: false };
    throw error;
  }
};
const usersActions = () => import("@/app/(dashboard)/settings/users/actions");
const appsActions = () => import("@/app/(dashboard)/apps/actions");
const appActions = () => import("@/app/(dashboard)/apps/[id]/actions");
const connectionActions = () => import("@/app/(dashboard)/connections/actions");
const jobActions = () => import("@/app/(dashboard)/settings/jobs/actions");
const alertActions = () => import("@/app/(dashboard)/settings/alerts/actions");
const apiKeyActions = () => import("@/app/(dashboard)/settings/api-keys/actions");
const NO_WEBHOOK = "00000000-0000-4000-8000-000000000000";
let counter = 0;

export const matrix: Record<string, Entry> = {
  "app/(dashboard)/settings/api-keys/actions.ts#createApiKeyAction": {
    access: "api-keys:manage",
    call: async () => fromResult(await (await apiKeyActions()).createApiKeyAction(undefined, form({ name: `key ${++counter}`, environment: "all", scopes: "read" }))),
  },
  "app/(dashboard)/settings/api-keys/actions.ts#revokeApiKeyAction": {
    access: "api-keys:manage",
    call: async () => fromResult(await (await apiKeyActions()).revokeApiKeyAction({ keyId: NO_WEBHOOK })),
  },
  "app/(dashboard)/settings/users/actions.ts#createUserAction": {
    access: "users:manage",
    call: async () =>
      fromResult(await (await usersActions()).createUserAction(undefined, form({ email: `new-${++counter}@unit.test`, name: "New", role: "developer", password: "long-enough-password" }))),
  },
  "app/(dashboard)/settings/users/actions.ts#changeUserRoleAction": {
    access: "users:manage",
    call: async () => fromResult(await (await usersActions()).changeUserRoleAction(undefined, form({ userId: (await insertTestUser("developer")).id, role: "support" }))),
  },
  "app/(dashboard)/settings/users/actions.ts#setUserActiveAction": {
    access: "users:manage",
    call: async () => fromResult(await (await usersActions()).setUserActiveAction(undefined, form({ userId: (await insertTestUser("developer")).id, active: "false" }))),
  },
  "app/(dashboard)/apps/actions.ts#createAppAction": {
    access: "apps:manage",
    call: () => allowingRedirect(async () => fromFormState(await (await appsActions()).createAppAction({}, form({})))),
  },
  "app/(dashboard)/apps/actions.ts#createAppInSandboxAction": {
    access: "apps:manage",
    call: () => allowingRedirect(async () => fromFormState(await (await appsActions()).createAppInSandboxAction({}, form({})))),
  },
  "app/(dashboard)/apps/actions.ts#updateAppAction": {
    access: "apps:manage",
    call: () => allowingRedirect(async () => fromFormState(await (await appsActions()).updateAppAction("no-such-app", {}, form({})))),
  },
  "app/(dashboard)/apps/actions.ts#replaceAppSecretAction": {
    access: "apps:manage",
    call: () => allowingRedirect(async () => fromFormState(await (await appsActions()).replaceAppSecretAction("no-such-app", {}, form({})))),
  },
  "app/(dashboard)/apps/actions.ts#deleteAppAction": {
    access: "apps:manage",
    call: () => allowingRedirect(async () => fromFormState(await (await appsActions()).deleteAppAction("no-such-app"))),
  },
  "app/(dashboard)/apps/[id]/actions.ts#startConnectAction": {
    access: "connections:connect",
    call: () => allowingRedirect(async () => fromResult((await (await appActions()).startConnectAction("no-such-app")) ?? { ok: true })),
  },
  "app/(dashboard)/apps/[id]/actions.ts#connectCustomAction": {
    access: "connections:connect",
    call: () => allowingRedirect(async () => fromResult((await (await appActions()).connectCustomAction("no-such-app")) ?? { ok: true })),
  },
  "app/(dashboard)/apps/[id]/actions.ts#startSyncAction": {
    access: "connections:sync",
    call: async () => fromResult(await (await appActions()).startSyncAction("no-such-app")),
  },
  "app/(dashboard)/apps/[id]/actions.ts#createConnectLinkAction": {
    access: "connect-links:create",
    call: async () =>
      fromFormState(await (await appActions()).createConnectLinkAction("00000000-0000-4000-8000-000000000000", {}, form({ customerId: "c1", returnUrl: "https://a.example.com/done" }))),
  },
  "app/(dashboard)/connections/actions.ts#previewDisconnectAction": {
    access: "connections:disconnect",
    call: async () => fromResult(await (await connectionActions()).previewDisconnectAction({ ids: ["no-such-connection"] })),
  },
  "app/(dashboard)/connections/actions.ts#disconnectConnectionsAction": {
    access: "connections:disconnect",
    call: async () => fromResult(await (await connectionActions()).disconnectConnectionsAction({ ids: ["no-such-connection"], reason: "" })),
  },
  "app/api/connections/export/route.ts#GET": {
    access: "connections:read",
    call: async () => fromResponse(await (await import("@/app/api/connections/export/route")).GET(request("/api/connections/export"))),
  },
  "app/api/app-options/route.ts#GET": {
    access: "apps:read",
    call: async () => fromResponse(await (await import("@/app/api/app-options/route")).GET(request("/api/app-options"))),
  },
  "app/api/jobs/[id]/route.ts#GET": {
    access: "connections:read",
    call: async () => fromResponse(await (await import("@/app/api/jobs/[id]/route")).GET(request("/api/jobs/1"), { params: Promise.resolve({ id: "1" }) })),
  },
  "app/(dashboard)/settings/jobs/actions.ts#updateJobSettingsAction": {
    access: "settings:manage",
    call: async () => fromFormState(await (await jobActions()).updateJobSettingsAction({}, form({ keepAliveAfterDays: "0" }))),
  },
  "app/(dashboard)/settings/jobs/actions.ts#runJobNowAction": {
    access: "connections:sync",
    // An unknown kind: allowed callers get a validation error, and nothing runs.
    call: async () => fromResult(await (await jobActions()).runJobNowAction("no-such-job" as "sync")),
  },
  "app/api/jobs/route.ts#GET": {
    access: "settings:read",
    call: async () => fromResponse(await (await import("@/app/api/jobs/route")).GET(request("/api/jobs?limit=5"))),
  },
  "app/(dashboard)/settings/alerts/actions.ts#createWebhookAction": {
    access: "settings:manage",
    call: async () => fromResult(await (await alertActions()).createWebhookAction(undefined, form({ url: "not a url" }))),
  },
  "app/(dashboard)/settings/alerts/actions.ts#setWebhookActiveAction": {
    access: "settings:manage",
    call: async () => fromResult(await (await alertActions()).setWebhookActiveAction(undefined, form({ webhookId: NO_WEBHOOK, active: "false" }))),
  },
  "app/(dashboard)/settings/alerts/actions.ts#deleteWebhookAction": {
    access: "settings:manage",
    call: async () => fromResult(await (await alertActions()).deleteWebhookAction(NO_WEBHOOK)),
  },
  "app/(dashboard)/settings/alerts/actions.ts#sendTestWebhookAction": {
    access: "settings:manage",
    call: async () => fromResult(await (await alertActions()).sendTestWebhookAction(NO_WEBHOOK)),
  },
  "app/api/xero/callback/route.ts#GET": {
    access: "connections:connect",
    call: async () => fromRedirect(await (await import("@/app/api/xero/callback/route")).GET(request("/api/xero/callback?state=unknown&code=x"))),
  },
  "app/(auth)/sign-in/actions.ts#signInAction": {
    access: "public",
    why: "how a visitor becomes a user; lock-out applies",
    call: async () => {
      const { signInAction } = await import("@/app/(auth)/sign-in/actions");
      const state = await signInAction({}, form({ email: "nobody@unit.test", password: "wrong-password" }));
      expect(state.error).toBe("Email or password is incorrect");
      return { refused: false };
    },
  },
  "components/shell/sign-out-action.ts#signOutAction": {
    access: "public",
    why: "anyone may end their own session",
    call: async () => {
      const { signOutAction } = await import("@/components/shell/sign-out-action");
      await signOutAction();
      return { refused: false };
    },
  },
  "app/connect/[token]/start/route.ts#POST": {
    access: "public",
    why: "a team's customer has no dashboard account: the single-use link token is the credential (same-origin only)",
    call: async () => {
      const { POST } = await import("@/app/connect/[token]/start/route");
      const res = await POST(new Request("http://localhost:3000/connect/nope/start", { method: "POST", headers: { origin: "http://localhost:3000" } }), { params: Promise.resolve({ token: "nope" }) });
      expect(res.headers.get("location")).toMatch(/\/connect\/nope$/);
      return { refused: false };
    },
  },
  "app/api/health/route.ts#GET": { access: "public", why: "liveness probe; reveals no data", call: async () => fromResponse(await (await import("@/app/api/health/route")).GET()) },
  "app/api/auth/[...nextauth]/route.ts#GET": { access: "public", why: "next-auth's own endpoints (session, csrf)" },
  "app/api/auth/[...nextauth]/route.ts#POST": { access: "public", why: "next-auth's own endpoints (sign-in callback)" },
};

/**
 * Xero's side, not the dashboard's: the sandbox speaks Xero's protocol, public as at Xero. Its portal
 * controls need sandbox:use through lib/auth/sandbox-access.ts (tested per role in its own test file).
 */
// app/api/v1 is authorised by API-key scopes, not roles: lib/api/api-key-matrix.test.ts covers it.
export const publicPrefixes = ["app/sandbox/", "app/api/v1/"];
