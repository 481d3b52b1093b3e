import dns from "node:dns";
import net from "node:net";
import { env } from "@/lib/env";
import { checkAddress, describeRange, hostOf } from "./target-policy";

// Resolves a webhook's host and refuses addresses outside the policy (lib/alerts/target-policy.ts).
// Delivery connects to the very address checked here (no second DNS lookup an attacker could answer
// differently), so a name that resolves to a public address at save time and to 127.0.0.1 later is
// still refused when it is sent.

export type ResolvedAddress = { address: string; family: 4 | 6 };
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

const RESOLVE_TIMEOUT_MS = 5_000;

const systemResolver: Resolver = async (hostname) => {
  const answers = await dns.promises.lookup(hostname, { all: true, verbatim: true });
  return answers.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

let resolver: Resolver = systemResolver;

/** Tests answer DNS themselves (e.g. a public-looking name that resolves to 127.0.0.1). Undefined restores the system's. */
export function setResolverForTests(r: Resolver | undefined) {
  resolver = r ?? systemResolver;
}

/** A refused target. The message names the kind of network, never the URL or the address. */
export class BlockedTargetError extends Error {
  constructor(public readonly range: string) {
    super(`This address points at ${describeRange(range)}, which webhooks may not be sent to.`);
    this.name = "BlockedTargetError";
  }
}

export const allowPrivateTargets = () => env().WEBHOOK_ALLOW_PRIVATE_TARGETS;

/** Throws BlockedTargetError unless the address may receive webhooks under the current setting. */
export function assertAllowedAddress(address: string) {
  const verdict = checkAddress(address, { allowPrivate: allowPrivateTargets() });
  if (!verdict.allowed) throw new BlockedTargetError(verdict.range);
}

/**
 * The address to connect to for a URL's host: the literal itself, or the first DNS answer. Every DNS
 * answer must be allowed: a name answering one public and one private address is refused.
 */
export async function resolveTarget(url: string): Promise<ResolvedAddress> {
  const host = hostOf(url);
  const family = net.isIP(host);
  if (family !== 0) {
    assertAllowedAddress(host);
    return { address: host, family: family as 4 | 6 };
  }
  const answers = await withTimeout(resolver(host), RESOLVE_TIMEOUT_MS);
  if (answers.length === 0) throw Object.assign(new Error("no address"), { code: "ENOTFOUND" });
  for (const a of answers) assertAllowedAddress(a.address);
  return answers[0]!;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error("DNS lookup timed out"), { code: "ETIMEOUT" })), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A `lookup` for http.request that always answers the already-checked address (no second resolution). */
export function pinnedLookup(target: ResolvedAddress): net.LookupFunction {
  return ((_hostname: string, options: dns.LookupOptions, callback: (...args: unknown[]) => void) => {
    // Node asks for every address (all: true) when it may try several families (autoSelectFamily).
    if (options?.all) callback(null, [target]);
    else callback(null, target.address, target.family);
  }) as net.LookupFunction;
}
