import type { z } from "zod";
import type { ApiScope } from "@/lib/api-keys/scopes";

// One description per REST endpoint: the route handler validates with these schemas and the OpenAPI
// document is generated from the same objects, so the two cannot drift apart.

export type HttpMethod = "GET" | "POST" | "DELETE" | "PATCH";

export type Endpoint = {
  method: HttpMethod;
  /** OpenAPI path under /api/v1, with {name} parameters. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  /** The scope a key needs; null only for the public OpenAPI document itself. */
  scope: ApiScope | null;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  response: z.ZodType;
  /** Success status (200 unless said). */
  status?: number;
  /** Statuses this endpoint answers besides the ones every endpoint can (400, 401, 403, 413, 429, 500). */
  errors?: number[];
};

export function defineEndpoint<const E extends Endpoint>(endpoint: E): E {
  return endpoint;
}
