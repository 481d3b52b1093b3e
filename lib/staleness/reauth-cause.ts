import { REFRESH_TOKEN_IDLE_DAYS } from "@/lib/xero/limits";

// Pure: why a grant needs re-authorisation, for every place that lists one (tables, the Sync now summary).
// Xero answers only invalid_grant; when the token in force went unused past Xero's lifetime, that is the
// cause worth naming (docs/xero.md#refresh-tokens).

export type ReauthGrant = { status: "active" | "needs_reauth" | "revoked"; refreshObtainedAt: Date | null };
export type ReauthCause = "idle" | "revoked" | "refused";

const DAY = 24 * 60 * 60 * 1000;
const days = (n: number) => `${n} day${n === 1 ? "" : "s"}`;

/** Whole days the refresh token in force has gone unused; null when we never held one. */
export function unusedDays(grant: ReauthGrant, now: Date): number | null {
  return grant.refreshObtainedAt ? Math.floor((now.getTime() - grant.refreshObtainedAt.getTime()) / DAY) : null;
}

/** Null for a working grant. */
export function reauthCause(grant: ReauthGrant, now: Date, lifetimeDays = REFRESH_TOKEN_IDLE_DAYS): ReauthCause | null {
  if (grant.status === "active") return null;
  if (grant.status === "revoked") return "revoked";
  const unused = unusedDays(grant, now);
  return unused !== null && unused > lifetimeDays ? "idle" : "refused";
}

/** The short cause, as a summary groups grants: "refresh token unused for more than 60 days". */
export function reauthCauseWords(cause: ReauthCause, lifetimeDays = REFRESH_TOKEN_IDLE_DAYS): string {
  if (cause === "idle") return `refresh token unused for more than ${days(lifetimeDays)}`;
  if (cause === "revoked") return "authorisation revoked";
  return "Xero refused the refresh token: rotated away or revoked";
}

/** One grant's reason, as a table row shows it: the short cause with this grant's own numbers. */
export function reauthReason(grant: ReauthGrant, now: Date, lifetimeDays = REFRESH_TOKEN_IDLE_DAYS): string | null {
  const cause = reauthCause(grant, now, lifetimeDays);
  if (cause === null) return null;
  if (cause === "idle") return `Refresh token unused for ${days(unusedDays(grant, now)!)}: Xero expires refresh tokens after ${days(lifetimeDays)} unused.`;
  if (cause === "revoked") return "The authorisation was revoked: no token works any more.";
  return "Xero refused the refresh token (invalid_grant): it was rotated away or revoked.";
}

export type ReauthSummary = { count: number; causes: Array<{ cause: ReauthCause; count: number }> };

/** Dead grants counted by cause, most common first. */
export function summariseReauth(grants: ReauthGrant[], now: Date, lifetimeDays = REFRESH_TOKEN_IDLE_DAYS): ReauthSummary {
  const counts = new Map<ReauthCause, number>();
  for (const g of grants) {
    const cause = reauthCause(g, now, lifetimeDays);
    if (cause) counts.set(cause, (counts.get(cause) ?? 0) + 1);
  }
  const causes = [...counts].map(([cause, count]) => ({ cause, count })).sort((a, b) => b.count - a.count);
  return { count: causes.reduce((n, c) => n + c.count, 0), causes };
}

/** "3 grants need re-authorisation (refresh token unused for more than 60 days)."; null when none does. */
export function reauthSummarySentence(summary: ReauthSummary | undefined, lifetimeDays = REFRESH_TOKEN_IDLE_DAYS): string | null {
  if (!summary || summary.count === 0) return null;
  const why = summary.causes.length === 1 ? reauthCauseWords(summary.causes[0]!.cause, lifetimeDays) : summary.causes.map((c) => `${c.count}: ${reauthCauseWords(c.cause, lifetimeDays)}`).join("; ");
  return `${summary.count} grant${summary.count === 1 ? " needs" : "s need"} re-authorisation (${why}).`;
}
