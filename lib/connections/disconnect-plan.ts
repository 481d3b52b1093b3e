import { effectiveCap } from "@/lib/limits/plans";

// Pure: what disconnecting a selection frees, per app, for the dry run shown before anything happens.

export type SelectedConnection = {
  id: string;
  appId: string;
  appName: string;
  plan: string;
  capOverride: number | null;
  countDemoCompanies: boolean;
  isDemo: boolean;
  status: "active" | "stale" | "disconnected";
  /** The app's counted connections now. */
  appCount: number;
};

export type AppFreeing = { appId: string; appName: string; selected: number; frees: number; count: number; cap: number | null; sentence: string };
export type DisconnectPlan = { total: number; skipped: number; apps: AppFreeing[]; summary: string };

const plural = (n: number, word: string) => `${n.toLocaleString()} ${word}${n === 1 ? "" : "s"}`;

export function planDisconnect(selection: SelectedConnection[]): DisconnectPlan {
  const live = selection.filter((c) => c.status !== "disconnected");
  const byApp = new Map<string, SelectedConnection[]>();
  for (const c of live) byApp.set(c.appId, [...(byApp.get(c.appId) ?? []), c]);
  // By app name, so the same selection always reads the same.
  const groups = [...byApp.values()].sort((a, b) => a[0]!.appName.localeCompare(b[0]!.appName));
  const apps = groups.map((group): AppFreeing => {
    const first = group[0]!;
    const cap = effectiveCap(first);
    const frees = group.filter((c) => !c.isDemo || c.countDemoCompanies).length;
    const slots = cap === null ? `frees ${plural(frees, "connection")} on ${first.appName} (no cap)` : `frees ${frees} of ${cap.toLocaleString()} slots on ${first.appName}`;
    return {
      appId: first.appId,
      appName: first.appName,
      selected: group.length,
      frees,
      count: first.appCount,
      cap,
      sentence: `Disconnect ${plural(group.length, "connection")}: ${slots}`,
    };
  });
  const summary = apps.length === 0 ? "Nothing to disconnect: every selected connection is already disconnected." : apps.map((a) => a.sentence).join("; ");
  return { total: live.length, skipped: selection.length - live.length, apps, summary };
}
