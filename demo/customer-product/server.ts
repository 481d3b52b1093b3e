import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { connectClient, unwrap } from "../../cli/client";
import { checkPassword, customerById, type Customer } from "./customers";
import { homePage, signInPage } from "./pages";
import { stateStore } from "./state";
import { readOrganisations } from "./xero";

// The demo customer product: a separate little program, as a team's own product would be. Its customers
// sign in, press Connect Xero, go through a Connection Desk connect session and Xero's consent, and come
// back to see their organisation read from Xero with a token Connection Desk vends. It uses only the
// public API, with the key scripts/start.ts made for it (read from CONFIG_FILE, never printed).

const port = Number(process.env.PORT ?? 3001);
const productUrl = (process.env.PRODUCT_URL ?? `http://localhost:${port}`).replace(/\/+$/, "");
const deskUrl = (process.env.CONNECTION_DESK_URL ?? "http://localhost:3000").replace(/\/+$/, "");
const deskPublicUrl = (process.env.CONNECTION_DESK_PUBLIC_URL ?? deskUrl).replace(/\/+$/, "");
const xeroApiBase = process.env.XERO_API_BASE ?? `${deskUrl}/sandbox/xero/api`;
const dataDir = path.resolve(process.env.DATA_DIR ?? "data");
const config = JSON.parse(fs.readFileSync(process.env.CONFIG_FILE ?? path.join(dataDir, "customer-product.json"), "utf8")) as { apiKey: string; appId: string };
const state = stateStore(path.join(dataDir, "customer-product-state.json"));
const api = connectClient({ url: deskUrl, apiKey: config.apiKey });

const sessions = new Map<string, string>();
const COOKIE = "tidy_session";

// No scripts at all; forms may go only here and on to Connection Desk (the connect session page).
const CSP = `default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self' ${new URL(deskPublicUrl).origin}; base-uri 'none'; frame-ancestors 'none'`;

function send(res: http.ServerResponse, status: number, html: string, headers: Record<string, string> = {}) {
  res.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "cache-control": "no-store",
    ...headers,
  });
  res.end(html);
}
const redirect = (res: http.ServerResponse, location: string, headers: Record<string, string> = {}) => {
  res.writeHead(303, { location, "cache-control": "no-store", ...headers });
  res.end();
};

function signedIn(req: http.IncomingMessage): { sessionId: string; customer: Customer } | null {
  const sessionId = /(?:^|;\s*)tidy_session=([\w-]+)/.exec(req.headers.cookie ?? "")?.[1];
  const customer = sessionId ? customerById(sessions.get(sessionId) ?? "") : null;
  return sessionId && customer ? { sessionId, customer } : null;
}

/** A state-changing request must come from this product's own pages. */
function sameOrigin(req: http.IncomingMessage): boolean {
  const site = req.headers["sec-fetch-site"];
  if (site) return site === "same-origin" || site === "none";
  return req.headers.origin === new URL(productUrl).origin;
}

async function form(req: http.IncomingMessage): Promise<URLSearchParams> {
  let body = "";
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 10_000) break;
  }
  return new URLSearchParams(body);
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
  const url = new URL(req.url ?? "/", productUrl);
  const who = signedIn(req);
  if (req.method === "POST" && !sameOrigin(req)) return send(res, 403, "<p>Forbidden: cross-site request.</p>");

  if (req.method === "POST" && url.pathname === "/sign-in") {
    const data = await form(req);
    const customer = checkPassword(data.get("email") ?? "", data.get("password") ?? "");
    if (!customer) return send(res, 401, signInPage("That email and password do not match a demo customer."));
    const sessionId = crypto.randomBytes(24).toString("base64url");
    sessions.set(sessionId, customer.id);
    return redirect(res, "/", { "set-cookie": `${COOKIE}=${sessionId}; Path=/; HttpOnly; SameSite=Lax` });
  }
  if (!who) return url.pathname === "/" ? send(res, 200, signInPage()) : redirect(res, "/");

  if (req.method === "POST" && url.pathname === "/sign-out") {
    sessions.delete(who.sessionId);
    return redirect(res, "/", { "set-cookie": `${COOKIE}=; Path=/; Max-Age=0` });
  }
  if (req.method === "POST" && url.pathname === "/connect") {
    const { customer } = who;
    const session = await unwrap(
      api.POST("/connect-sessions", {
        body: { appId: config.appId, endUser: { id: customer.id, email: customer.email, displayName: customer.name, account: customer.account }, returnUrl: `${productUrl}/xero/return` },
      }),
    );
    return redirect(res, session.url);
  }
  if (req.method === "GET" && url.pathname === "/xero/return") {
    // The query says how it went, but the product believes Connection Desk, and only for this customer.
    const sessionId = url.searchParams.get("session") ?? "";
    const session = /^[0-9a-f-]{36}$/i.test(sessionId) ? await unwrap(api.GET("/connect-sessions/{id}", { params: { path: { id: sessionId } } })) : null;
    if (!session || session.endUser.externalId !== who.customer.id) return redirect(res, "/?error=unknown_session");
    if (session.status !== "completed") return redirect(res, `/?error=${encodeURIComponent(session.error ?? session.status)}`);
    const first = session.connectionIds[0];
    const found = first ? await unwrap(api.GET("/connections", { params: { query: { q: first, status: "all" } } })) : null;
    const grantId = found?.data[0]?.grant.id;
    if (grantId) state.setGrant(who.customer.id, grantId);
    return redirect(res, "/?connected=1");
  }
  if (req.method === "GET" && url.pathname === "/") {
    const grantId = state.grantOf(who.customer.id);
    const xero = grantId ? await readOrganisations(api, xeroApiBase, grantId) : { kind: "none" as const };
    return send(res, 200, homePage(who.customer, xero, { connected: url.searchParams.has("connected"), error: url.searchParams.get("error") ?? undefined }));
  }
  return send(res, 404, "<p>Not found.</p>");
}

http
  .createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error("customer product:", error);
      if (!res.headersSent) send(res, 502, `<p role="alert">Something went wrong talking to Connection Desk: ${String((error as Error).message).replace(/[<>&]/g, "")}</p><p><a href="/">Back</a></p>`);
    });
  })
  .listen(port, process.env.HOST ?? "127.0.0.1", () => console.log(`Demo customer product (${productUrl}) is listening.`));
