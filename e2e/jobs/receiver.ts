import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

// A webhook receiver on 127.0.0.1 and a random port, started by a test: it records every request and
// answers 204, as a team's alert endpoint would (or, when asked, another status with a body). The
// e2e server runs with WEBHOOK_ALLOW_PRIVATE_TARGETS=true so it may deliver to loopback.

export type Received = { headers: http.IncomingHttpHeaders; body: string; json: { id: string; event: string; data: Record<string, unknown> } };

export async function startReceiver(answer: { status: number; body?: string } = { status: 204 }) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      received.push({ headers: req.headers, body, json: JSON.parse(body) as Received["json"] });
      res.statusCode = answer.status;
      res.end(answer.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/alerts/${crypto.randomUUID().slice(0, 8)}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** What a receiver computes to check X-ConnectionDesk-Signature. */
export const expectedSignature = (body: string, secret: string) => `sha256=${crypto.createHmac("sha256", secret).update(body).digest("hex")}`;
