import { REFRESH_TOKEN_IDLE_DAYS } from "@/lib/xero/limits";
import { staleReasonCodes, type StaleReasonCode } from "./reasons";
import { unusedDays } from "./reauth-cause";

// Pure staleness rules (docs/architecture.md#pure-rules): each looks at plain facts about one connection, its
// grant and the same organisation's other connections to the same app, and returns a reason code with a plain
// sentence, or null. No I/O and no clock: `ctx.now` is passed in.
//
// "Successful call" (the idle rule): Connection Desk cannot see the app's own traffic to Xero, only the
// calls it makes itself. A call counts when its answer proved this connection works: a GET /connections
// by the connection's grant that listed it (`lastSeenAt`, every sync) or a tenant-scoped call for its
// organisation that succeeded (`lastOkCallAt`, when one is made). The later of the two is the last
// successful call; a token refresh alone proves nothing about one organisation. So "idle" means that
// for N days nothing we did could confirm the connection: its grant's syncs keep failing or stopped.

export type GrantFacts = {
  status: "active" | "needs_reauth" | "revoked";
  name: string;
  email: string;
  /** When the refresh token in force was obtained; Xero expires it after `refreshLifetimeDays` unused. */
  refreshObtainedAt: Date | null;
  /** Every auth event whose tokens this grant has held (the dashboard's own consents and the seed's). */
  authEventIds: readonly string[];
  /** How we learned of the grant; "observed": the team's product holds the tokens and reports what it sees. */
  source?: "dashboard" | "connect_session" | "import" | "observed";
  /** Observed grants: the product's last report. */
  lastObservedAt?: Date | null;
};

export type ConnectionFacts = {
  id: string;
  tenantName: string;
  status: "active" | "stale" | "disconnected";
  authEventId: string | null;
  xeroUpdatedAt: Date | null;
  lastSeenAt: Date;
  lastOkCallAt: Date | null;
  /** The organisation's latest answer for this app was 403 AuthenticationUnsuccessful, at this time. */
  lastForbiddenAt: Date | null;
  disconnectedBy: string | null;
  grant: GrantFacts;
  app: { plan: string };
};

export type StaleContext = { now: Date; idleDays: number; refreshLifetimeDays?: number; expiryWarningDays?: number; observedStaleDays?: number };
export type StaleReason = { code: StaleReasonCode; sentence: string };
type Rule = (c: ConnectionFacts, ctx: StaleContext) => StaleReason | null;

const DAY = 24 * 60 * 60 * 1000;
export const REFRESH_LIFETIME_DAYS = REFRESH_TOKEN_IDLE_DAYS;
export const EXPIRY_WARNING_DAYS = 7;
export const OBSERVED_STALE_DAYS = 14;
const day = (d: Date) => d.toISOString().slice(0, 10);
const days = (n: number) => `${n} day${n === 1 ? "" : "s"}`;
const who = (g: GrantFacts) => (g.email ? `${g.name} (${g.email})` : g.name);
const isCustom = (c: ConnectionFacts) => c.app.plan === "custom-connection";
const isLive = (c: ConnectionFacts) => c.status !== "disconnected";
const isObserved = (c: ConnectionFacts) => c.grant.source === "observed";

/** Why invalid_grant: when the token in force went unused past Xero's lifetime, that is the cause worth naming. */
function invalidGrantCause(c: ConnectionFacts, ctx: StaleContext): string {
  const lifetime = ctx.refreshLifetimeDays ?? REFRESH_LIFETIME_DAYS;
  const unused = unusedDays(c.grant, ctx.now);
  if (unused !== null && unused > lifetime) return `unused for ${days(unused)}: Xero expires refresh tokens after ${days(lifetime)} unused`;
  return "invalid_grant: expired, rotated away or revoked";
}

export const needsReauth: Rule = (c, ctx) => {
  if (!isLive(c) || c.grant.status === "active") return null;
  const sentence =
    c.grant.status === "revoked"
      ? `${who(c.grant)}'s authorisation was revoked: no token works for this connection any more.`
      : `Xero refused to refresh ${who(c.grant)}'s tokens (${invalidGrantCause(c, ctx)}): the grant needs re-authorisation.`;
  return { code: "needs_reauth", sentence };
};

/** Custom Connections have no refresh token; a grant already condemned says more than its expiry. */
export const refreshExpiry: Rule = (c, ctx) => {
  if (!isLive(c) || isCustom(c) || c.grant.status !== "active" || !c.grant.refreshObtainedAt) return null;
  const expiresAt = new Date(c.grant.refreshObtainedAt.getTime() + (ctx.refreshLifetimeDays ?? REFRESH_LIFETIME_DAYS) * DAY);
  const left = expiresAt.getTime() - ctx.now.getTime();
  if (left <= 0)
    return { code: "refresh_expired", sentence: `${who(c.grant)}'s refresh token expired on ${day(expiresAt)}: it was not used for ${ctx.refreshLifetimeDays ?? REFRESH_LIFETIME_DAYS} days.` };
  if (left > (ctx.expiryWarningDays ?? EXPIRY_WARNING_DAYS) * DAY) return null;
  return { code: "refresh_expiring", sentence: `${who(c.grant)}'s refresh token expires on ${day(expiresAt)} (in ${days(Math.ceil(left / DAY))}) unless it is refreshed.` };
};

export const vanished: Rule = (c) =>
  c.status === "disconnected" && c.disconnectedBy?.startsWith("Xero")
    ? { code: "vanished", sentence: `Xero stopped listing ${c.tenantName} for ${who(c.grant)}: it was disconnected on Xero's side (Connected Apps) or the organisation was removed.` }
    : null;

export const organisationForbidden: Rule = (c) => {
  if (!isLive(c) || !c.lastForbiddenAt) return null;
  if (c.lastOkCallAt && c.lastOkCallAt > c.lastForbiddenAt) return null;
  return {
    code: "org_forbidden",
    sentence: `${c.tenantName} answered 403 AuthenticationUnsuccessful on ${day(c.lastForbiddenAt)}: the organisation may be deleted or its trial ended, or the user lost access.`,
  };
};

/** Xero lists it under this user, but from an auth event whose tokens we never held (docs/xero.md#re-consent). */
export const earlierSignIn: Rule = (c) => {
  // Observed: the team's product holds every sign-in's tokens, so none is "held by nobody".
  if (!isLive(c) || isCustom(c) || isObserved(c) || !c.authEventId || c.grant.authEventIds.includes(c.authEventId)) return null;
  return {
    code: "earlier_sign_in",
    sentence: `Listed under ${who(c.grant)} from a sign-in this dashboard holds no tokens for (auth event ${c.authEventId.slice(0, 8)}…), typically left behind when someone logged out and in again elsewhere. It still fills a slot.`,
  };
};

export const idle: Rule = (c, ctx) => {
  // Observed connections are confirmed only by the product's reports: notReported judges those.
  if (!isLive(c) || isObserved(c)) return null;
  const last = c.lastOkCallAt && c.lastOkCallAt > c.lastSeenAt ? c.lastOkCallAt : c.lastSeenAt;
  const quiet = Math.floor((ctx.now.getTime() - last.getTime()) / DAY);
  if (quiet < ctx.idleDays) return null;
  return { code: "idle", sentence: `No successful call has confirmed this connection for ${days(quiet)} (last on ${day(last)}; the limit is ${days(ctx.idleDays)}).` };
};

/** Observed (no token held): only the team's product can confirm it, by reporting it again. */
export const notReported: Rule = (c, ctx) => {
  if (!isLive(c) || !isObserved(c)) return null;
  const limit = ctx.observedStaleDays ?? OBSERVED_STALE_DAYS;
  const last = c.grant.lastObservedAt ?? c.lastSeenAt;
  const quiet = Math.floor((ctx.now.getTime() - last.getTime()) / DAY);
  if (quiet < limit) return null;
  return {
    code: "not_reported",
    sentence: `Not reported by your product for ${days(quiet)} (last report on ${day(last)}; the limit is ${days(limit)}). Your product holds this grant's tokens, so only its report confirms the connection.`,
  };
};

/** Every rule that looks at one connection alone. */
export const singleRules: Rule[] = [needsReauth, refreshExpiry, organisationForbidden, earlierSignIn, notReported, idle, vanished];

const ownReasons = (c: ConnectionFacts, ctx: StaleContext) => singleRules.map((r) => r(c, ctx)).filter((r): r is StaleReason => r !== null);

/**
 * Of several live connections of one app to one organisation, the one to keep: the healthiest (fewest
 * reasons of its own), then the most recently consented, then by id so the choice is stable.
 */
export function pickKeeper(group: ConnectionFacts[], ctx: StaleContext): ConnectionFacts | undefined {
  const scored = group.filter(isLive).map((c) => ({ c, n: ownReasons(c, ctx).length, at: c.xeroUpdatedAt?.getTime() ?? 0 }));
  scored.sort((a, b) => a.n - b.n || b.at - a.at || a.c.id.localeCompare(b.c.id));
  return scored[0]?.c;
}

/** Same app, same organisation, more than one user: every copy but the keeper is a duplicate. */
export function duplicate(c: ConnectionFacts, copies: ConnectionFacts[], ctx: StaleContext): StaleReason | null {
  const others = copies.filter((o) => o.id !== c.id && isLive(o));
  if (!isLive(c) || others.length === 0) return null;
  const keeper = pickKeeper([c, ...others], ctx);
  if (!keeper || keeper.id === c.id) return null;
  return { code: "duplicate", sentence: `${c.tenantName} is also connected to this app through ${who(keeper.grant)}: Xero counts each user's connection, so this copy takes a second slot.` };
}

/** All reasons for one connection. `copies`: the app's other live connections to the same organisation. */
export function evaluateStaleness(c: ConnectionFacts, copies: ConnectionFacts[], ctx: StaleContext): StaleReason[] {
  const dup = duplicate(c, copies, ctx);
  const reasons = dup ? [...ownReasons(c, ctx), dup] : ownReasons(c, ctx);
  return reasons.sort((a, b) => staleReasonCodes.indexOf(a.code) - staleReasonCodes.indexOf(b.code));
}
