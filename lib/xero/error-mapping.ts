import { z } from "zod";
import { XeroApiError, XeroOAuthError, XeroProtocolError, type XeroError } from "./errors";
import type { RateLimitInfo } from "./rate-limit";

// Turns a non-2xx Xero answer into the error class the UI explains, and validates 2xx bodies.

const oauthBody = z.object({ error: z.string().min(1), error_description: z.string().optional() });

// Xero's problem details are PascalCase; accept camelCase too, and the Accounting API's `Message`.
const problemBody = z
  .object({
    Title: z.string().nullish(),
    title: z.string().nullish(),
    Detail: z.string().nullish(),
    detail: z.string().nullish(),
    Message: z.string().nullish(),
    Instance: z.string().nullish(),
    instance: z.string().nullish(),
  })
  .loose();

function json(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function mapErrorResponse(style: "oauth" | "api", status: number, text: string, rateLimit: RateLimitInfo): XeroError {
  const body = json(text);
  if (style === "oauth" && status < 500) {
    const oauth = oauthBody.safeParse(body);
    if (oauth.success) return new XeroOAuthError(oauth.data.error, oauth.data.error_description, status);
  }
  const problem = problemBody.safeParse(body);
  if (problem.success) {
    const p = problem.data;
    return new XeroApiError(status, p.Title ?? p.title ?? undefined, p.Detail ?? p.detail ?? p.Message ?? undefined, p.Instance ?? p.instance ?? undefined, rateLimit);
  }
  // Plain-text or HTML error pages: keep a short, token-free excerpt as the detail.
  const excerpt = text
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 200);
  return new XeroApiError(status, undefined, excerpt || undefined, undefined, rateLimit);
}

export function parseBody<S extends z.ZodType>(schema: S, text: string, url: string, status: number): z.infer<S> {
  const body = json(text);
  if (body === undefined) throw new XeroProtocolError(url, status, "the body is not JSON");
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join(".") || "(body)"}: ${i.message}`)
      .join("; ");
    throw new XeroProtocolError(url, status, where);
  }
  return parsed.data;
}
