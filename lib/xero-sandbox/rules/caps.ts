import { capFor, countsAsUncertified, ORG_UNCERTIFIED_CAP } from "@/lib/xero-sandbox/plans";

// Connection caps as pure functions over plain rows (docs/xero.md#plans-and-caps,
// docs/xero.md#limit-screens).

export type CapApp = { id: string; plan: string; certified: boolean; countDemo: boolean };
export type Pair = { userId: string; orgId: string; isDemo: boolean };

/** Connections that count toward the app's cap: (user, organisation) pairs, demo companies excluded by default. */
export function countedPairs(app: CapApp, pairs: Pair[]): number {
  return pairs.filter((p) => app.countDemo || !p.isDemo).length;
}

/**
 * Whether a consent by `userId` to `orgs` would pass the app's cap. Re-consenting to an organisation the
 * user already connected adds nothing.
 */
export function wouldExceedAppCap(app: CapApp, existing: Pair[], userId: string, orgs: { id: string; isDemo: boolean }[], capOverride?: number | null): boolean {
  const cap = capOverride ?? capFor(app.plan);
  if (cap === null) return false;
  const have = new Set(existing.filter((p) => p.userId === userId).map((p) => p.orgId));
  const added = orgs.filter((o) => !have.has(o.id)).map((o) => ({ userId, orgId: o.id, isDemo: o.isDemo }));
  return countedPairs(app, existing) + countedPairs(app, added) > cap;
}

/** Apps connected to an organisation, by any user, with their certification facts. */
export type OrgApp = { appId: string; plan: string; certified: boolean };

/**
 * An organisation holds at most two uncertified apps. An app already connected there keeps its slot;
 * certified apps and Custom Connections never need one.
 */
export function orgAtUncertifiedCap(app: CapApp, appsOnOrg: OrgApp[]): boolean {
  if (!countsAsUncertified(app)) return false;
  if (appsOnOrg.some((a) => a.appId === app.id)) return false;
  const uncertified = new Set(appsOnOrg.filter((a) => countsAsUncertified(a)).map((a) => a.appId));
  return uncertified.size >= ORG_UNCERTIFIED_CAP;
}

/** A Custom Connection is bound to one organisation; it can never be consented to another. */
export function customConnectionAllows(boundOrgId: string | null, orgId: string): boolean {
  return boundOrgId === null || boundOrgId === orgId;
}
