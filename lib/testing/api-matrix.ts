import type { ApiScope } from "@/lib/api-keys/scopes";
import { callApi } from "@/lib/testing/api";

// Every /api/v1 route handler, the scope it needs, and how to call it with a given key (or none).
// lib/api/api-key-matrix.test.ts fails when a route in app/api/v1 is missing here.

type Call = (key: string | undefined) => Promise<Response>;
export type ApiEntry = { scope: ApiScope | "public"; call: Call };

const NO_ID = "00000000-0000-4000-8000-000000000000";
const route = (path: string) => import(/* @vite-ignore */ path) as Promise<Record<string, Parameters<typeof callApi>[0]>>;

export const apiMatrix: Record<string, ApiEntry> = {
  "app/api/v1/apps/route.ts#GET": { scope: "read", call: async (key) => callApi((await route("@/app/api/v1/apps/route")).GET!, { path: "/apps", key }) },
  "app/api/v1/apps/[id]/route.ts#GET": { scope: "read", call: async (key) => callApi((await route("@/app/api/v1/apps/[id]/route")).GET!, { path: `/apps/${NO_ID}`, key, params: { id: NO_ID } }) },
  "app/api/v1/apps/[id]/headroom/route.ts#GET": { scope: "read", call: async (key) => callApi((await route("@/app/api/v1/apps/[id]/headroom/route")).GET!, { path: `/apps/${NO_ID}/headroom`, key, params: { id: NO_ID } }) },
  "app/api/v1/connections/route.ts#GET": { scope: "read", call: async (key) => callApi((await route("@/app/api/v1/connections/route")).GET!, { path: "/connections", key }) },
  "app/api/v1/connect-sessions/route.ts#POST": { scope: "write", call: async (key) => callApi((await route("@/app/api/v1/connect-sessions/route")).POST!, { path: "/connect-sessions", method: "POST", key, body: { appId: NO_ID, endUser: { id: "matrix" }, returnUrl: "https://app.example.com/done" } }) },
  "app/api/v1/connect-sessions/[id]/route.ts#GET": { scope: "read", call: async (key) => callApi((await route("@/app/api/v1/connect-sessions/[id]/route")).GET!, { path: `/connect-sessions/${NO_ID}`, key, params: { id: NO_ID } }) },
  "app/api/v1/grants/[id]/access-token/route.ts#POST": { scope: "tokens", call: async (key) => callApi((await route("@/app/api/v1/grants/[id]/access-token/route")).POST!, { path: `/grants/${NO_ID}/access-token`, method: "POST", key, params: { id: NO_ID } }) },
  "app/api/v1/grants/import/route.ts#POST": { scope: "write", call: async (key) => callApi((await route("@/app/api/v1/grants/import/route")).POST!, { path: "/grants/import", method: "POST", key, body: { appId: NO_ID, refreshToken: "not-a-real-token" } }) },
  "app/api/v1/observations/route.ts#POST": { scope: "write", call: async (key) => callApi((await route("@/app/api/v1/observations/route")).POST!, { path: "/observations", method: "POST", key, body: { appId: NO_ID, accessToken: "not-a-real-token" } }) },
  "app/api/v1/openapi.json/route.ts#GET": { scope: "public", call: async () => (await import("@/app/api/v1/openapi.json/route")).GET() },
  ...Object.fromEntries(
    ["GET", "POST", "PUT", "PATCH", "DELETE"].map((method) => [
      `app/api/v1/[...path]/route.ts#${method}`,
      { scope: "public", call: async () => (await import("@/app/api/v1/[...path]/route"))[method as "GET"]() } satisfies ApiEntry,
    ]),
  ),
};
