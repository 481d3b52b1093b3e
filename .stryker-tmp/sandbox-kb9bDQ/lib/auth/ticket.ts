// @ts-nocheck
import { hmac, safeEqual } from "@/lib/crypto";
import { xeroNowMs } from "@/lib/clock";

// After our sign-in action has checked the password and the lock-out, it hands next-auth a short-lived
// signed ticket instead of the password, so the password is checked (and failures counted) exactly once.

const TTL_MS = 60_000;

export function createSignInTicket(userId: string): string {
  const expires = xeroNowMs() + TTL_MS;
  const body = `${userId}.${expires}`;
  return `${body}.${hmac("sign-in-ticket", body)}`;
}

export function readSignInTicket(ticket: unknown): string | null {
  if (typeof ticket !== "string") return null;
  const [userId, expires, mac] = ticket.split(".");
  if (!userId || !expires || !mac) return null;
  if (!safeEqual(mac, hmac("sign-in-ticket", `${userId}.${expires}`))) return null;
  return Number(expires) > xeroNowMs() ? userId : null;
}
