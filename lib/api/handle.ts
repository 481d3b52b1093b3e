import "server-only";
import type { z } from "zod";
import { authenticateApiKey, takeRateLimit } from "@/lib/api-keys/authenticate";
import { scopesAllow } from "@/lib/api-keys/scopes";
import { runAsApiKey, type ApiKeyPrincipal } from "@/lib/auth/session";
import type { Permission } from "@/lib/auth/permissions";
import { apiError, apiErrorFrom } from "./errors";
import type { Endpoint } from "./endpoint";

// The one way a /api/v1 route runs: key → rate limit → scope → validated params, query and body → the
// domain function inside the key's context → the response parsed through its documented schema (so a
// field the document does not describe, a sealed secret say, can never leave).

import { BodyError, readBodyText } from "@/lib/http/body";
import { MAX_BODY_BYTES } from "./limits";

type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;
export type ApiInput<E extends Endpoint> = { params: Infer<E["params"]>; query: Infer<E["query"]>; body: Infer<E["body"]>; key: ApiKeyPrincipal; request: Request };
type RouteContext = { params: Promise<Record<string, string | string[]>> };

// A key needs its scope, checked before any work; the domain function checks its own permission again.
const scopeGate: Record<string, Permission> = { read: "connections:read", write: "connections:disconnect", tokens: "tokens:vend" };

const fieldErrors = (error: z.ZodError) => {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) (fields[issue.path.join(".") || "body"] ??= []).push(issue.message);
  return { fields };
};

export function apiRoute<E extends Endpoint>(endpoint: E, impl: (input: ApiInput<E>) => Promise<z.input<E["response"]>>) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    const check = await authenticateApiKey(request.headers.get("authorization"));
    if (!check.ok) {
      const message =
        check.reason === "missing"
          ? "Send an API key: Authorization: Bearer cdk_…. Admins create keys under Settings → API keys."
          : check.reason === "revoked"
            ? "This API key was revoked. Ask an admin for a new one."
            : "This API key is not valid. Check that you copied all of it.";
      return apiError(401, "unauthorized", message, undefined, { "www-authenticate": 'Bearer realm="connection-desk"' });
    }
    const key = check.key;
    const limit = await takeRateLimit(key.keyId);
    if (!limit.ok)
      return apiError(
        429,
        "rate_limited",
        `This API key made too many requests. Wait ${limit.retryAfterSeconds} s and try again.`,
        { retryAfterSeconds: limit.retryAfterSeconds },
        { "retry-after": String(limit.retryAfterSeconds) },
      );
    if (endpoint.scope && !scopesAllow(key.scopes, scopeGate[endpoint.scope]!))
      return apiError(403, "forbidden", `This API key lacks the "${endpoint.scope}" scope this endpoint needs.`, { requiredScope: endpoint.scope });

    const params = endpoint.params?.safeParse(await context.params);
    if (params && !params.success) return apiError(404, "not_found", "Nothing exists at this address: check the id in the path.", fieldErrors(params.error));
    const query = endpoint.query?.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (query && !query.success) return apiError(400, "invalid_request", "Some query parameters need attention.", fieldErrors(query.error));
    let body: unknown;
    if (endpoint.body) {
      const read = await readJsonBody(request);
      if (!read.ok) return read.response;
      const parsed = endpoint.body.safeParse(read.value);
      if (!parsed.success) return apiError(400, "invalid_request", "Some fields of the body need attention.", fieldErrors(parsed.error));
      body = parsed.data;
    }
    try {
      const input = { params: params?.data, query: query?.data, body, key, request } as ApiInput<E>;
      const result = await runAsApiKey(key, () => impl(input));
      return Response.json(endpoint.response.parse(result), { status: endpoint.status ?? 200 });
    } catch (error) {
      return apiErrorFrom(error);
    }
  };
}

/**
 * Reads a JSON body with a size cap: 413 past it, 400 for anything that is not a JSON value. An empty body
 * is `{}` whatever its Content-Type (curl -X POST sends none), so endpoints whose fields are all optional
 * (sync) need no body; a non-empty body must say it is JSON, else 415.
 */
async function readJsonBody(request: Request): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  let text: string;
  try {
    text = await readBodyText(request, MAX_BODY_BYTES);
  } catch (error) {
    if (!(error instanceof BodyError)) throw error;
    return error.status === 413
      ? { ok: false, response: apiError(413, "payload_too_large", `The body is larger than ${MAX_BODY_BYTES / 1_000_000} MB. Send less per request (import in batches).`) }
      : { ok: false, response: apiError(400, "invalid_request", error.message) };
  }
  if (text.trim() === "") return { ok: true, value: {} };
  if (!/^application\/(.+\+)?json\b/i.test(request.headers.get("content-type") ?? ""))
    return { ok: false, response: apiError(415, "unsupported_media_type", "Send the body as JSON with Content-Type: application/json.") };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, response: apiError(400, "invalid_request", "The body is not valid JSON.") };
  }
}
