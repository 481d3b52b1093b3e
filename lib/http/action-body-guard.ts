import { BodyError, bodyErrorResponse, bodyTooLarge, declaresTooLarge, MAX_BODY_BYTES, readBodyBytes, readBodyText } from "@/lib/http/body";

// Runs in proxy.ts before Next parses a page POST. Next answers an oversized server-action body and a
// payload React cannot decode with 500 (its action handler maps every error to 500), so the proxy
// answers them first: 413 for a body over the cap, 400 with a message for an action call whose
// arguments are not what Next's client sends (a JSON array, alone or as form field "0" of a multipart
// body) and for a multipart form post that cannot be parsed. Next buffers the body for the proxy, so
// reading a clone here leaves the action its body.

// Answering before Next's copy of the body has ended leaves the request hanging: read to the end.
const DRAIN = { drain: true };

const malformed = (what: string) => new BodyError(400, `Malformed server action request: ${what}.`);

function isJsonArray(text: string): boolean {
  try {
    return Array.isArray(JSON.parse(text));
  } catch {
    return false;
  }
}

const isMultipart = (request: Request) => /^multipart\/form-data/i.test(request.headers.get("content-type") ?? "");

async function readMultipart(request: Request): Promise<FormData> {
  const bytes = await readBodyBytes(request, MAX_BODY_BYTES, DRAIN);
  try {
    return await new Response(bytes, { headers: { "Content-Type": request.headers.get("content-type")! } }).formData();
  } catch {
    throw malformed("the multipart body cannot be parsed");
  }
}

async function checkActionArguments(request: Request): Promise<void> {
  if (isMultipart(request)) {
    const root = (await readMultipart(request)).get("0");
    if (typeof root !== "string" || !isJsonArray(root)) throw malformed("the arguments (field 0) are not a JSON array");
    return;
  }
  if (!isJsonArray(await readBodyText(request, MAX_BODY_BYTES, DRAIN))) throw malformed("the body is not a JSON array of arguments");
}

/** A 413/400 response for a POST the page routes must not parse, or null to carry on. */
export async function refuseBadPageBody(request: Request): Promise<Response | null> {
  if (request.method !== "POST") return null;
  if (declaresTooLarge(request)) return bodyErrorResponse(bodyTooLarge());
  try {
    if (request.headers.has("next-action")) await checkActionArguments(request.clone());
    // A form posted without JavaScript: Next decodes the multipart body itself and answers 500 when it cannot.
    else if (isMultipart(request)) await readMultipart(request.clone());
    // Any other chunked body has no length to check up front: count it.
    else if (!request.headers.has("content-length")) await readBodyBytes(request.clone(), MAX_BODY_BYTES, DRAIN);
    return null;
  } catch (error) {
    if (error instanceof BodyError) return bodyErrorResponse(error);
    throw error;
  }
}
