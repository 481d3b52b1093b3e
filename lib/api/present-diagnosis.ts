import type { z } from "zod";
import type { Environment } from "@/lib/apps/environments";
import type { Diagnosis } from "@/lib/diagnosis/evidence";
import type { NameCandidate } from "@/lib/diagnosis/name-match";
import type { ApiKeyPrincipal } from "@/lib/auth/session";
import type { diagnoseEndpoint } from "./endpoints/operations";
import { keyCovers } from "./environment";
import { presentConnection, presentEndUser } from "./present";

// The Diagnose page's result as the API shows it. A key for one environment gets no evidence from other
// environments' apps: an app it does not cover is reported as not found, like a missing one.

type DiagnoseResponse = z.input<typeof diagnoseEndpoint.response>;
const customer = (e: Parameters<typeof presentEndUser>[0] | null) => (e ? presentEndUser(e) : null);
const env = (e: string) => e as Environment;

type Candidate = NameCandidate;
type PresentedCandidate = NonNullable<DiagnoseResponse["nameMatch"]>["suggestions"][number];

/** A candidate as the API shows it; an app of an environment the key does not cover is left out. */
function presentCandidate(c: Candidate, covered: (environment: string) => boolean): PresentedCandidate | null {
  if (c.kind === "app") return covered(c.environment) ? { ...c, environment: env(c.environment) } : null;
  return c;
}

export function presentDiagnosis(d: Diagnosis, key: ApiKeyPrincipal): DiagnoseResponse {
  const covered = (environment: string) => keyCovers(key, environment);
  const candidate = (c: Candidate | null) => (c ? presentCandidate(c, covered) : null);
  const app = d.app && covered(d.app.app.environment) ? d.app : null;
  return {
    classification: d.classification,
    title: d.explained.title,
    explanation: d.explained.explanation,
    actions: d.actions,
    app: app && {
      id: app.app.id,
      name: app.app.name,
      environment: env(app.app.environment),
      plan: app.app.plan,
      matchedBy: app.matchedBy,
      cap: app.cap,
      count: app.app.count,
      level: app.progress.level,
      users: app.users.map((u) => ({ ...u, endUser: customer(u.endUser) })),
      stale: app.stale.map((r) => ({ ...presentConnection(r), recommendedAction: app.explanations[r.id]?.action ?? null })),
      filling: app.filling.map(presentConnection),
      staleDisconnectable: app.staleDisconnectable,
      staleBlocked: app.staleBlocked,
    },
    appNotFound: d.appNotFound ?? (d.app && !app ? d.app.app.name : null),
    org: d.org && {
      tenantId: d.org.org.tenantId,
      name: d.org.org.name,
      slotsUsed: d.org.slotsUsed,
      slotCap: d.org.slotCap,
      otherApps: d.org.otherApps,
      uncertifiedApps: d.org.uncertifiedApps
        .filter((a) => covered(a.environment))
        .map((a) => ({ appId: a.appId, name: a.name, environment: env(a.environment), plan: a.plan, connections: a.users.map((u) => ({ ...u, endUser: customer(u.endUser) })) })),
    },
    orgNotFound: d.orgNotFound,
    orgCandidates: d.orgCandidates.map((o) => ({ tenantId: o.tenantId, name: o.name })),
    user: d.user && {
      email: d.user.email,
      grants: d.user.grants
        .filter((g) => covered(g.environment))
        .map((g) => ({ ...g, environment: env(g.environment), lastRefreshOkAt: g.lastRefreshOkAt === null ? null : new Date(g.lastRefreshOkAt).toISOString(), endUser: customer(g.endUser) })),
    },
    customer: d.customer && { ...d.customer.customer, apps: d.customer.apps.filter((a) => covered(a.environment)).map((a) => ({ ...a, environment: env(a.environment) })) },
    nameMatch: d.nameMatch && {
      query: d.nameMatch.query,
      matched: candidate(d.nameMatch.chosen),
      suggestions: d.nameMatch.suggestions.map(candidate).filter((c): c is PresentedCandidate => c !== null),
    },
  };
}
