// GET/POST /api/auth/* – next-auth's own endpoints (public: session, csrf, sign-in callback)
import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { BodyError, bodyErrorResponse, readBodyBytes } from "@/lib/http/body";

export const { GET } = handlers;

// next-auth reads the whole body itself: read it here first, capped, so an oversized post is a 413.
export async function POST(request: NextRequest) {
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await readBodyBytes(request);
  } catch (error) {
    if (error instanceof BodyError) return bodyErrorResponse(error);
    throw error;
  }
  return handlers.POST(new NextRequest(request.url, { method: "POST", headers: request.headers, body }));
}
