import { reauthSummarySentence, type ReauthSummary } from "@/lib/staleness/reauth-cause";

// Pure and client-safe: what "Sync now" says when its run ends. A sync checks only working grants, so
// "0 of 0 users checked" alone would hide that every grant is dead: the summary says how many need
// re-authorisation and why (issue 10).

export type SyncRunSummary = {
  added?: number;
  vanished?: number;
  failed?: number;
  errors?: Array<{ email: string; error: string }>;
  needsReauth?: ReauthSummary;
};

export function syncFinishedText(run: { done: number; total: number; summary?: SyncRunSummary | null }): { text: string; reauth: string | null } {
  const s = run.summary;
  const failed = s?.failed ? `, ${s.failed} failed (${s.errors?.map((e) => `${e.email}: ${e.error}`).join("; ")})` : "";
  const reauth = reauthSummarySentence(s?.needsReauth);
  const checked = `${run.done} of ${run.total} users checked`;
  // Nothing checked because nothing works: lead with the dead grants, not with a count of nothing.
  if (run.total === 0 && reauth) return { text: `Sync finished: ${checked}: ${reauth}`, reauth };
  return { text: `Sync finished: ${checked}, ${s?.added ?? 0} new, ${s?.vanished ?? 0} gone from Xero${failed}.${reauth ? ` ${reauth}` : ""}`, reauth };
}
