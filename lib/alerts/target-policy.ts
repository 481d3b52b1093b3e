import net from "node:net";
import ipaddr from "ipaddr.js";

// Pure: which IP addresses a webhook may be sent to. Only globally routable unicast addresses are
// allowed, so an admin-entered URL (or a DNS answer for it) cannot make the server call itself, a
// service on its private network or a cloud metadata endpoint (server-side request forgery).
// ipaddr.js classifies the ranges; we only unwrap the IPv6 forms that carry an IPv4 address.

/** Ranges allowed only with WEBHOOK_ALLOW_PRIVATE_TARGETS, for receivers on the operator's own network. */
const PRIVATE_NETWORK = new Set(["loopback", "private", "uniqueLocal", "carrierGradeNat"]);

export type AddressVerdict = { allowed: true } | { allowed: false; range: string };

/** ipaddr.js's range name for an address, after unwrapping IPv4 carried inside IPv6; "invalid" for a non-IP. */
export function addressRange(address: string): string {
  const bare = address.replace(/^\[|\]$/g, "");
  if (net.isIP(bare.split("%")[0]!) === 0) return "invalid";
  // process() turns ::ffff:127.0.0.1 (v4-mapped) into 127.0.0.1.
  const ip = ipaddr.process(bare);
  if (ip.kind() === "ipv4") return ip.range();
  const v6 = ip as ipaddr.IPv6;
  const embedded = embeddedIPv4(v6);
  return embedded ? addressRange(embedded) : v6.range();
}

/** The IPv4 address inside NAT64 (64:ff9b::/96) and 6to4 (2002::/16) addresses; "0.0.0.0" for the deprecated ::a.b.c.d form. */
function embeddedIPv4(ip: ipaddr.IPv6): string | null {
  const p = ip.parts;
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
  if (ip.match(ipaddr.IPv6.parse("64:ff9b::"), 96)) return v4(p[6]!, p[7]!);
  if (ip.match(ipaddr.IPv6.parse("2002::"), 16)) return v4(p[1]!, p[2]!);
  // ::a.b.c.d ("IPv4-compatible", RFC 4291 deprecated) besides :: and ::1: never a real receiver.
  if (ip.match(ipaddr.IPv6.parse("::"), 96) && ip.range() === "unicast") return "0.0.0.0";
  return null;
}

/** Whether WEBHOOK_ALLOW_PRIVATE_TARGETS would allow this range. */
export const isPrivateNetworkRange = (range: string) => PRIVATE_NETWORK.has(range);

export function checkAddress(address: string, opts: { allowPrivate: boolean }): AddressVerdict {
  const range = addressRange(address);
  if (range === "unicast") return { allowed: true };
  if (opts.allowPrivate && isPrivateNetworkRange(range)) return { allowed: true };
  return { allowed: false, range };
}

const RANGE_WORDS: Record<string, string> = {
  loopback: "this server itself (loopback)",
  private: "a private network",
  uniqueLocal: "a private network",
  carrierGradeNat: "a carrier-grade NAT network",
  linkLocal: "a link-local network (such as a cloud metadata service)",
  unspecified: "an unspecified address",
  multicast: "a multicast group",
  broadcast: "a broadcast address",
};

/** Words for the refusal, naming the kind of network but never the address or URL. */
export function describeRange(range: string): string {
  return RANGE_WORDS[range] ?? "a reserved address";
}

/** The host of a URL as an IP literal or name: WHATWG parsing already turns 2130706433, 0x7f.1 and 0177.0.0.1 into 127.0.0.1. */
export function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^\[|\]$/g, "");
}
