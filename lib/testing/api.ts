import crypto from "node:crypto";
import { expect } from "vitest";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { getDb } from "@/db/index";
import { apiKeys } from "@/db/schema";
import { generateApiKey } from "@/lib/api-keys/secret";
import type { ApiScope } from "@/lib/api-keys/scopes";
import { apiEndpoints } from "@/lib/api/endpoints";
import { buildOpenApiDocument, type OpenApiDocument } from "@/lib/api/openapi";
import { insertTestUser } from "@/lib/testing/users";

// Calling /api/v1 route handlers in Vitest with real keys, and checking every answer against the
// OpenAPI document the API serves.

export async function insertTestApiKey(scopes: ApiScope[], environment = "all", opts: { revoked?: boolean } = {}): Promise<{ id: string; secret: string }> {
  const { secret, prefix, hash } = generateApiKey();
  const id = crypto.randomUUID();
  const owner = await insertTestUser("admin");
  await getDb()
    .insert(apiKeys)
    .values({ id, name: `test ${scopes.join("+") || "none"}`, keyHash: hash, prefix, ownerId: owner.id, environment, scopes, createdAt: new Date(), revokedAt: opts.revoked ? new Date() : null });
  return { id, secret };
}

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response> | Response;

export async function callApi(
  handler: Handler,
  opts: { path: string; method?: string; key?: string; params?: Record<string, string>; body?: unknown; headers?: Record<string, string> },
): Promise<Response> {
  const headers: Record<string, string> = { ...(opts.key ? { authorization: `Bearer ${opts.key}` } : {}), ...(opts.body !== undefined ? { "content-type": "application/json" } : {}), ...opts.headers };
  const request = new Request(new URL(`/api/v1${opts.path}`, "http://localhost"), {
    method: opts.method ?? "GET",
    headers,
    body: opts.body === undefined ? undefined : typeof opts.body === "string" ? opts.body : JSON.stringify(opts.body),
  });
  return handler(request, { params: Promise.resolve(opts.params ?? {}) });
}

let doc: OpenApiDocument | undefined;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

/** The operation for a concrete path ("/apps/123/headroom" matches "/apps/{id}/headroom"); literal segments win. */
function operationFor(method: string, path: string) {
  doc ??= buildOpenApiDocument(apiEndpoints, "http://localhost");
  type Operation = { responses: Record<string, { content: { "application/json": { schema: object } } }> };
  const matches = Object.entries(doc.paths)
    .filter(([template, operations]) => new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`).test(path.split("?")[0]!) && (operations as Record<string, unknown>)[method.toLowerCase()])
    .sort(([a], [b]) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0));
  return matches.length ? (matches[0]![1] as Record<string, Operation>)[method.toLowerCase()] : undefined;
}

/** Asserts the response's status is documented for the operation and its JSON body matches the schema. */
export async function expectDocumented(method: string, path: string, response: Response): Promise<unknown> {
  const operation = operationFor(method, path);
  expect(operation, `${method} ${path} is in the OpenAPI document`).toBeDefined();
  const documented = operation!.responses[String(response.status)];
  expect(documented, `status ${response.status} is documented for ${method} ${path}`).toBeDefined();
  const body = (await response.clone().json()) as unknown;
  // The document's components ride along so "#/components/schemas/…" references resolve.
  const validate = ajv.compile({ ...documented!.content["application/json"].schema, components: doc!.components });
  const ok = validate(body);
  expect(ok ? [] : validate.errors, `${method} ${path} ${response.status} matches the document`).toEqual([]);
  return body;
}
