import crypto from "node:crypto";
import { env } from "@/lib/env";

// "Create in sandbox" makes the app over HTTP on the sandbox's portal, from the server, with no browser
// session. It proves it is this server with a key derived from AUTH_SECRET (never sent to a browser,
// never stored): only code that already holds the secret can make it.

export const SERVICE_KEY_HEADER = "x-connection-desk-service-key";

export function sandboxServiceKey(): string {
  return crypto.createHmac("sha256", env().authSecret).update("connection-desk:sandbox-portal:v1").digest("base64url");
}

export function hasSandboxServiceKey(request: Request): boolean {
  const presented = Buffer.from(request.headers.get(SERVICE_KEY_HEADER) ?? "");
  const expected = Buffer.from(sandboxServiceKey());
  return presented.length === expected.length && crypto.timingSafeEqual(presented, expected);
}
