// The one way request bodies are read: with a size cap, so an oversized body answers 413 instead of
// filling memory or surfacing as a 500, and undecodable text answers 400 with a message.

/** 1 MiB: the same as Next's default serverActions.bodySizeLimit. Every form here posts a few KB. */
export const MAX_BODY_BYTES = 1024 * 1024;

export class BodyError extends Error {
  constructor(
    public readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
    this.name = "BodyError";
  }
}

export const bodyTooLarge = (limit = MAX_BODY_BYTES) => new BodyError(413, `The request body is larger than the ${Math.round(limit / 1024)} KB this server accepts.`);

/** A Content-Length header above the limit (checked before anything reads the body). */
export function declaresTooLarge(request: Request, limit = MAX_BODY_BYTES): boolean {
  const declared = Number(request.headers.get("content-length"));
  return Number.isFinite(declared) && declared > limit;
}

/**
 * The body's bytes, refusing more than `limit` whether or not a Content-Length was sent. Route handlers
 * stop reading at the limit; the proxy passes `drain` because it reads a copy that Next feeds from the
 * request and only answers once that copy ends (Next caps the copy at proxyClientMaxBodySize, 10 MB).
 */
export async function readBodyBytes(request: Request, limit = MAX_BODY_BYTES, options: { drain?: boolean } = {}): Promise<Uint8Array<ArrayBuffer>> {
  if (declaresTooLarge(request, limit)) throw bodyTooLarge(limit);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit && !options.drain) {
      await reader.cancel().catch(() => undefined);
      throw bodyTooLarge(limit);
    }
    if (size <= limit) chunks.push(value);
  }
  if (size > limit) throw bodyTooLarge(limit);
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** The body as UTF-8 text; invalid UTF-8 is a 400, not silently replaced characters. */
export async function readBodyText(request: Request, limit = MAX_BODY_BYTES, options: { drain?: boolean } = {}): Promise<string> {
  const bytes = await readBodyBytes(request, limit, options);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new BodyError(400, "The request body is not valid UTF-8 text.");
  }
}

/** An application/x-www-form-urlencoded body (OAuth token and revocation requests, sandbox forms). */
export async function readFormBody(request: Request, limit = MAX_BODY_BYTES): Promise<URLSearchParams> {
  return new URLSearchParams(await readBodyText(request, limit));
}

/** The JSON answer for a refused body: `{ error }` with 400 or 413. */
export function bodyErrorResponse(error: BodyError): Response {
  return Response.json({ error: error.message }, { status: error.status, headers: { "Cache-Control": "no-store" } });
}
