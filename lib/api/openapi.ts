import { z } from "zod";
import { apiScopes, scopeDescriptions } from "@/lib/api-keys/scopes";
import { apiErrorSchema } from "./errors";
import type { Endpoint } from "./endpoint";
import { MAX_BODY_BYTES } from "./limits";

// The OpenAPI 3.1 document, generated from the endpoints' zod schemas (the same objects that validate
// requests and shape responses). OpenAPI 3.1 schemas are JSON Schema 2020-12, which z.toJSONSchema writes.

type JsonSchema = Record<string, unknown>;

function schemaOf(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any", reused: "inline" }) as JsonSchema;
  return rest;
}

const commonErrors: Record<number, string> = {
  400: "The request is malformed: see error.details.fields.",
  401: "No API key, or a revoked or unknown one.",
  403: "The key's scope or environment does not allow this.",
  413: `The body is larger than ${MAX_BODY_BYTES} bytes.`,
  429: "Too many requests for this key: wait for Retry-After seconds.",
  500: "Something failed on our side; the message carries a reference.",
};
const extraErrors: Record<number, string> = {
  404: "The resource does not exist (or is outside the key's environment).",
  409: "The request conflicts with the resource's state.",
  415: "The body is not JSON.",
  502: "Xero failed or could not be reached.",
};

function parametersOf(endpoint: Endpoint) {
  const list: JsonSchema[] = [];
  for (const [where, schema] of [
    ["path", endpoint.params],
    ["query", endpoint.query],
  ] as const) {
    if (!schema) continue;
    const json = schemaOf(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      const { description, ...propertySchema } = property;
      list.push({ name, in: where, required: where === "path" || (json.required ?? []).includes(name), schema: propertySchema, ...(description ? { description } : {}) });
    }
  }
  return list;
}

// A body whose fields are all optional may be left out (readJsonBody reads an empty body as {}).
const bodyOptional = (body: z.ZodType) => body.safeParse({}).success;

function operationOf(endpoint: Endpoint) {
  // Any endpoint that reads a body refuses one that is not JSON with 415.
  const errorStatuses = [...new Set([...Object.keys(commonErrors).map(Number), ...(endpoint.body ? [415] : []), ...(endpoint.errors ?? [])])].sort();
  const errorResponse = (status: number) => ({
    description: commonErrors[status] ?? extraErrors[status] ?? "Error",
    content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
  });
  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    tags: [endpoint.tag],
    ...(endpoint.scope ? { security: [{ apiKey: [] }], "x-required-scope": endpoint.scope } : { security: [] }),
    parameters: parametersOf(endpoint),
    ...(endpoint.body ? { requestBody: { required: !bodyOptional(endpoint.body), content: { "application/json": { schema: schemaOf(endpoint.body, "input") } } } } : {}),
    responses: {
      [String(endpoint.status ?? 200)]: { description: "Success", content: { "application/json": { schema: schemaOf(endpoint.response, "output") } } },
      ...(endpoint.scope ? Object.fromEntries(errorStatuses.map((s) => [String(s), errorResponse(s)])) : {}),
    },
  };
}

export function buildOpenApiDocument(endpoints: readonly Endpoint[], serverUrl: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of endpoints) (paths[endpoint.path] ??= {})[endpoint.method.toLowerCase()] = operationOf(endpoint);
  return {
    openapi: "3.1.0",
    info: {
      title: "Connection Desk API",
      version: "1",
      description: `Every Xero connection your product holds, with the customer and the Xero user behind it. Authenticate with an API key (Settings → API keys): \`Authorization: Bearer cdk_…\`. Scopes: ${apiScopes.map((s) => `\`${s}\`: ${scopeDescriptions[s]}`).join(" ")}`,
    },
    servers: [{ url: `${serverUrl}/api/v1` }],
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "An API key from Settings → API keys." } },
      schemas: { Error: schemaOf(apiErrorSchema, "output") },
    },
    tags: [...new Set(endpoints.map((e) => e.tag))].map((name) => ({ name })),
    paths,
  };
}
export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
