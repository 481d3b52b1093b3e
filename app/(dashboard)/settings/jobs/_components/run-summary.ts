// Pure: one line about a run's result, and its errors, from the summary each kind of run writes.

type Summary = Record<string, unknown> | null;
type RunError = { email?: string; grantId?: string; error?: string };

const n = (v: unknown) => (typeof v === "number" ? v : 0);
const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

export function summaryLine(kind: string, status: string, summary: Summary): string {
  if (!summary) return status === "running" ? "In progress" : "";
  if (kind === "keep-alive") {
    const parts = [`${n(summary.refreshed)} refreshed`];
    if (n(summary.failed)) parts.push(`${n(summary.failed)} failed`);
    return parts.join(", ") + interruption(summary);
  }
  const parts = [`${plural(n(summary.grants), "user")} checked`, `${n(summary.added)} new`, `${n(summary.vanished)} gone from Xero`];
  if (n(summary.failed)) parts.push(`${n(summary.failed)} failed`);
  if (n(summary.stale)) parts.push(`${n(summary.stale)} stale`);
  if (n(summary.alerts)) parts.push(plural(n(summary.alerts), "webhook alert"));
  const reauth = n((summary.needsReauth as { count?: unknown } | undefined)?.count);
  if (reauth) parts.push(`${plural(reauth, "grant")} need${reauth === 1 ? "s" : ""} re-authorisation`);
  return parts.join(", ") + interruption(summary);
}

/** An interrupted run keeps its counts so far; this says why it stopped. */
const interruption = (summary: NonNullable<Summary>) => (typeof summary.interrupted === "string" ? `. ${summary.interrupted}` : "");

export function summaryErrors(summary: Summary): string[] {
  const errors = Array.isArray(summary?.errors) ? (summary.errors as RunError[]) : [];
  return errors.map((e) => `${e.email || e.grantId || "A grant"}: ${e.error ?? "failed"}`);
}

export function formatDuration(ms: number | null): string {
  if (ms === null || ms < 0) return "";
  if (ms < 1000) return `${ms} ms`;
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${s % 60} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}
