import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { xeroNowMs } from "@/lib/clock";
import { sandboxDb } from "@/lib/xero-sandbox/db";
import { meta } from "@/lib/xero-sandbox/schema";

// The sandbox's sign-in session is carried in a signed hidden field instead of a cookie, so the consent
// pages stay stateless and work on any host and port. Valid for 30 minutes.

export type LoginSession = { userId: string; globalSessionId: string; authTime: number };
const TTL_MS = 30 * 60 * 1000;

function secret(): string {
  const db = sandboxDb();
  const row = db.select().from(meta).where(eq(meta.key, "login-secret")).get();
  if (row) return row.value;
  db.insert(meta)
    .values({ key: "login-secret", value: crypto.randomBytes(32).toString("base64url") })
    .onConflictDoNothing()
    .run();
  return db.select().from(meta).where(eq(meta.key, "login-secret")).get()!.value;
}

const mac = (body: string) => crypto.createHmac("sha256", secret()).update(body).digest("base64url");

export function signTicket(s: LoginSession): string {
  const body = Buffer.from(JSON.stringify({ ...s, exp: s.authTime + TTL_MS })).toString("base64url");
  return `${body}.${mac(body)}`;
}

export function readTicket(ticket: string | null): LoginSession | null {
  if (!ticket) return null;
  const [body, sig] = ticket.split(".");
  if (!body || !sig) return null;
  const expected = Buffer.from(mac(body));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return null;
  const parsed = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as LoginSession & { exp: number };
  if (parsed.exp < xeroNowMs()) return null;
  return { userId: parsed.userId, globalSessionId: parsed.globalSessionId, authTime: parsed.authTime };
}
