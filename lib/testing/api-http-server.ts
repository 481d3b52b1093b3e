import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";

// Test-only: the app's /api/v1 route handlers behind a real loopback HTTP server, so a client that speaks
// HTTP (the CLI, the demo customer product) can be tested in Vitest without building Next. Routes are found
// in app/api/v1 the way Next finds them: a route added on another branch is served without touching this.
// A test may add other route files (a connect link's start, Xero's callback) and the sandbox under
// /sandbox/xero, for journeys that cross them (lib/demo/demo-customers-run.test.ts).

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response> | Response;
type Route = { pattern: RegExp; names: string[]; module: string; rank: number };

const API_DIR = "app/api/v1";

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? routeFiles(path.join(dir, e.name)) : e.name === "route.ts" ? [path.join(dir, e.name)] : []));
}

function toRoute(file: string): Route {
  const segments = path
    .dirname(path.relative("app", file))
    .split(path.sep)
    .filter((s) => s !== ".");
  const names: string[] = [];
  const parts = segments.map((s) => {
    const catchAll = /^\[\.\.\.(.+)\]$/.exec(s);
    if (catchAll) return (names.push(catchAll[1]!), "(.+)");
    const param = /^\[(.+)\]$/.exec(s);
    if (param) return (names.push(param[1]!), "([^/]+)");
    return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  });
  // Static segments win over [params], which win over [...catch-all], as in Next.
  const rank = segments.reduce((n, s) => n + (s.startsWith("[...") ? 100 : s.startsWith("[") ? 1 : 0), 0);
  return { pattern: new RegExp(`^/${parts.join("/")}$`), names, module: `@/${file.replace(/\.ts$/, "")}`, rank };
}

const headersOf = (req: http.IncomingMessage) => new Headers(Object.entries(req.headers).flatMap(([k, v]) => (v === undefined ? [] : [[k, Array.isArray(v) ? v.join(", ") : v] as [string, string]])));

export type ApiAnswer = { method: string; path: string; response: Response };

/** `answers` keeps every response the handlers gave, so a test can check each against the OpenAPI document. */
export async function startApiServer(options: { routes?: string[]; sandbox?: boolean } = {}): Promise<{ url: string; answers: ApiAnswer[]; close(): Promise<void> }> {
  const answers: ApiAnswer[] = [];
  const routes = [...routeFiles(API_DIR), ...(options.routes ?? [])].map(toRoute).sort((a, b) => a.rank - b.rank);
  const server = http.createServer((req, res) => void serve(req, res));
  async function serve(req: http.IncomingMessage, res: http.ServerResponse) {
    try {
      const base = `http://${req.headers.host}`;
      const url = new URL(req.url ?? "/", base);
      if (options.sandbox && url.pathname.startsWith("/sandbox/xero/")) return await serveSandbox(req, res);
      const route = routes.find((r) => r.pattern.test(url.pathname));
      const match = route && route.pattern.exec(url.pathname)!;
      const handler = route && ((await import(/* @vite-ignore */ route.module)) as Record<string, Handler | undefined>)[req.method ?? "GET"];
      if (!route || !match || !handler) return void res.writeHead(405).end();
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const headers = headersOf(req);
      const body = chunks.length && req.method !== "GET" ? Buffer.concat(chunks) : undefined;
      const params = Object.fromEntries(route.names.map((n, i) => [n, match[i + 1]!.includes("/") ? match[i + 1]!.split("/") : decodeURIComponent(match[i + 1]!)]));
      const request = new Request(url, { method: req.method, headers, body });
      // Route handlers outside the API read Next's request (nextUrl, cookies).
      const isApi = url.pathname.startsWith("/api/v1/");
      const response = await handler(isApi ? request : new NextRequest(request), { params: Promise.resolve(params) });
      if (!isApi) return void (res.writeHead(response.status, Object.fromEntries(response.headers)), res.end(Buffer.from(await response.arrayBuffer())));
      answers.push({ method: req.method ?? "GET", path: `${url.pathname.replace(/^\/api\/v1/, "")}${url.search}`, response: response.clone() });
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      res.writeHead(500, { "content-type": "text/plain" }).end(String(error));
    }
  }
  // Longer than a client's idle sockets live (undici: 4 s, and slower under load): a socket the server closed
  // while the client reused it answered ECONNRESET after a long test (the CLI's diagnose after its import).
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, answers, close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))) };
}

/** The sandbox's handler, open as to a signed-in developer, as lib/xero-sandbox/test-server.ts serves it. */
async function serveSandbox(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const { handleSandboxRequest } = await import("@/lib/xero-sandbox/http/handle");
  const { asSignedInDeveloper } = await import("@/lib/xero-sandbox/http/access");
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = headersOf(req);
  const method = req.method ?? "GET";
  const request = new Request(`http://${req.headers.host}${req.url ?? "/"}`, { method, headers, body: method === "GET" || method === "HEAD" ? undefined : Buffer.concat(chunks) });
  const response = await handleSandboxRequest(request, { portalAccess: asSignedInDeveloper });
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}
