// @ts-nocheck
import { isSandboxMode } from "@/lib/env";
import { logger } from "@/lib/logger";
import { deleteConnection, getOrganisationCall, listConnections } from "@/lib/xero-sandbox/http/api";
import { discovery, jwksResponse, revocationEndpoint, tokenEndpoint } from "@/lib/xero-sandbox/http/identity";
import { authorize, connectionLimit } from "@/lib/xero-sandbox/http/login";
import { handlePortal } from "@/lib/xero-sandbox/http/portal";
import { userinfo } from "@/lib/xero-sandbox/http/userinfo";
import { json, notFound } from "@/lib/xero-sandbox/http/respond";
import { SANDBOX_PREFIX, sandboxUrls } from "@/lib/xero-sandbox/http/urls";
import { prepareSandbox } from "@/lib/xero-sandbox/prepare";

// The sandbox's whole HTTP surface, framework-agnostic: Next's catch-all route and the test server both
// call this. Every path answers 404 unless XERO_MODE=sandbox.

export async function handleSandboxRequest(request: Request): Promise<Response> {
  if (!isSandboxMode()) return notFound();
  const url = new URL(request.url);
  if (url.pathname !== SANDBOX_PREFIX && !url.pathname.startsWith(`${SANDBOX_PREFIX}/`)) return notFound();
  const path = url.pathname.slice(SANDBOX_PREFIX.length).replace(/\/+$/, "") || "/";
  try {
    await prepared();
    return await route(request, path);
  } catch (error) {
    logger.error("sandbox request failed", { path, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    return json({ Title: "An error occurred", Status: 500, Detail: "The sandbox failed to handle the request" }, 500);
  }
}

// The start script prepares the sandbox before listening; this covers any server started without it.
const g = globalThis as unknown as { __xeroSandboxPrepared?: Promise<unknown> };
function prepared(): Promise<unknown> {
  g.__xeroSandboxPrepared ??= prepareSandbox().catch((error: unknown) => {
    g.__xeroSandboxPrepared = undefined;
    throw error;
  });
  return g.__xeroSandboxPrepared;
}

async function route(request: Request, path: string): Promise<Response> {
  const method = request.method.toUpperCase();
  const urls = sandboxUrls(request);
  const lower = path.toLowerCase();
  if (method === "GET" && path === "/identity/.well-known/openid-configuration") return discovery(urls);
  if (method === "GET" && path === "/identity/.well-known/openid-configuration/jwks") return jwksResponse();
  if (method === "POST" && path === "/identity/connect/token") return tokenEndpoint(request, urls);
  if (method === "POST" && path === "/identity/connect/revocation") return revocationEndpoint(request);
  if ((method === "GET" || method === "POST") && path === "/identity/connect/userinfo") return userinfo(request);
  if ((method === "GET" || method === "POST") && path === "/login/identity/connect/authorize") return authorize(request, urls);
  if (method === "GET" && path === "/login/connectionLimit") return connectionLimit(request);
  // Xero's spec writes /Connections, the SDKs /connections, and both work (FACTS B1).
  if (method === "GET" && lower === "/api/connections") return listConnections(request);
  const del = /^\/api\/connections\/([^/]+)$/.exec(lower);
  if (method === "DELETE" && del) return deleteConnection(request, decodeURIComponent(path.split("/").pop()!));
  if (method === "GET" && lower === "/api/api.xro/2.0/organisation") return getOrganisationCall(request);
  if (path === "/" || path === "/portal" || path.startsWith("/portal/")) return handlePortal(request, path, urls);
  return notFound();
}
