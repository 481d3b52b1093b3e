// @ts-nocheck
import type { CapLevel } from "@/lib/limits/progress";

// Pure: which limit alerts a sync should raise, given what we last alerted on. Each alert fires once per
// crossing: the level an app was last seen at is remembered, so a sync that finds the same level again
// stays quiet, and only a fall below and a new rise fires again.

export type LimitState = { apps: Record<string, CapLevel>; fullOrganisations: string[] };
export type AppLevel = { appId: string; level: CapLevel };

const rank: Record<CapLevel, number> = { uncapped: 0, ok: 0, warn: 1, full: 2 };

export function capCrossing(previous: CapLevel | undefined, current: CapLevel): "app.cap_warning" | "app.cap_reached" | null {
  const before = rank[previous ?? "ok"];
  if (current === "full" && before < rank.full) return "app.cap_reached";
  if (current === "warn" && before < rank.warn) return "app.cap_warning";
  return null;
}

export type LimitAlertPlan = {
  apps: Array<{ appId: string; event: "app.cap_warning" | "app.cap_reached" }>;
  organisations: string[];
  next: LimitState;
};

export function planLimitAlerts(state: LimitState, apps: AppLevel[], fullOrganisations: string[]): LimitAlertPlan {
  const alerts: LimitAlertPlan["apps"] = [];
  const levels: Record<string, CapLevel> = {};
  for (const { appId, level } of apps) {
    const event = capCrossing(state.apps[appId], level);
    if (event) alerts.push({ appId, event });
    levels[appId] = level;
  }
  const wasFull = new Set(state.fullOrganisations);
  return {
    apps: alerts,
    organisations: fullOrganisations.filter((t) => !wasFull.has(t)),
    next: { apps: levels, fullOrganisations: [...new Set(fullOrganisations)].sort() },
  };
}
