import http from "node:http";
import https from "node:https";
import type { AttemptOutcome } from "./retry-plan";
import { assertAllowedAddress, BlockedTargetError, pinnedLookup, resolveTarget, type ResolvedAddress } from "./target-guard";

// One signed POST to a webhook receiver, guarded against server-side request forgery: the host is
// resolved and checked first, the connection goes to exactly that address (Host header and TLS server
// name stay the URL's), redirects are never followed, and at most 1 KB of the answer is kept.

export const REQUEST_TIMEOUT_MS = 10_000;
export const MAX_STORED_BODY_BYTES = 1024;

type Answer = { status: number; body: string };

export async function postWebhook(url: string, body: string, headers: Record<string, string>): Promise<AttemptOutcome> {
  try {
    const target = await resolveTarget(url);
    const answer = await post(url, target, body, headers);
    const responseBody = answer.body || null;
    if (answer.status >= 200 && answer.status < 300) return { ok: true, responseCode: answer.status, responseBody };
    // The body is stored apart (admins only): the error names the status alone.
    return { ok: false, responseCode: answer.status, responseBody, error: `The receiver answered ${answer.status}.` };
  } catch (error) {
    return { ok: false, responseCode: null, responseBody: null, error: describeFailure(error) };
  }
}

function post(url: string, target: ResolvedAddress, body: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    const u = new URL(url);
    const client = u.protocol === "https:" ? https : http;
    const req = client.request(
      u,
      // A fresh connection (agent: false) so the pinned address is the one connected to.
      { method: "POST", agent: false, lookup: pinnedLookup(target), headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) } },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const done = () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).subarray(0, MAX_STORED_BODY_BYTES).toString("utf8") });
        res.on("data", (chunk: Buffer) => {
          chunks.push(chunk);
          size += chunk.length;
          // Enough to show an admin; stop reading a receiver that keeps talking.
          if (size >= MAX_STORED_BODY_BYTES) res.destroy();
        });
        res.on("end", done);
        res.on("close", done);
      },
    );
    // Defence in depth: whatever resolved the name, refuse a socket that reached a forbidden address.
    req.on("socket", (socket) =>
      socket.once("connect", () => {
        try {
          assertAllowedAddress(socket.remoteAddress ?? "");
        } catch (error) {
          req.destroy(error as Error);
        }
      }),
    );
    const timer = setTimeout(() => req.destroy(Object.assign(new Error("timed out"), { name: "TimeoutError" })), REQUEST_TIMEOUT_MS);
    req.on("close", () => clearTimeout(timer));
    req.on("error", reject);
    req.end(body);
  });
}

/** What went wrong, in words that never repeat the URL, the address or anything the receiver said. */
function describeFailure(error: unknown): string {
  if (error instanceof BlockedTargetError) return `Not sent: ${error.message}`;
  const e = error as { name?: string; code?: string };
  if (e.name === "TimeoutError") return `No answer within ${REQUEST_TIMEOUT_MS / 1000} seconds.`;
  if (e.code === "ENOTFOUND" || e.code === "EAI_AGAIN") return `Could not find the receiver's host (${e.code}).`;
  return e.code ? `Could not reach the receiver (${e.code}).` : "Could not reach the receiver.";
}
