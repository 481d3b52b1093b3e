import "server-only";
import { requirePermission } from "@/lib/auth/session";
import { rankActions, type AppFacts, type OrgFacts, type RankedAction } from "./actions-rank";
import { appChoices, appEvidence, findApp, type AppEvidence } from "./app-evidence";
import { classify, type Classification } from "./classify";
import { planRule } from "@/lib/limits/plans";
import { explainChosen, type Explained } from "./explain";
import type { DiagnoseInput } from "./input";
import { findOrganisation, organisationEvidence, organisationsAtCap, userEvidence, type OrgEvidence, type OrgMatch, type UserGrant } from "./org-evidence";

// Diagnose (every role): classify what was pasted, gather the evidence from our data for the app,
// organisation or user it concerns, and rank the actions that fix it.

export type Diagnosis = {
  classification: Classification;
  explained: Explained;
  app: AppEvidence | null;
  /** What the message or form named that matches no registered app (shown, so a typo is obvious). */
  appNotFound: string | null;
  org: OrgEvidence | null;
  orgNotFound: string | null;
  /** For the organisation cap with no organisation named: those with both slots taken. */
  orgCandidates: OrgMatch[];
  user: { email: string; grants: UserGrant[] } | null;
  actions: RankedAction[];
};

function appFacts(e: AppEvidence | null): AppFacts | null {
  if (!e) return null;
  const { app } = e;
  return { name: app.name, environment: app.environment, plan: app.plan, certified: app.certified, cap: e.cap, count: app.count, staleDisconnectable: e.staleDisconnectable, staleBlocked: e.staleBlocked };
}

function orgFacts(e: OrgEvidence | null): OrgFacts | null {
  if (!e) return null;
  return { name: e.org.name, uncertifiedApps: e.uncertifiedApps.map((a) => ({ name: a.name, live: a.users.length, stale: a.users.filter((u) => u.status === "stale").length })) };
}

export async function diagnose(input: DiagnoseInput): Promise<Diagnosis> {
  await requirePermission("diagnose:use");
  const classification = classify(input.message);
  const named = classification.kind === "app_cap" ? classification : null;
  const match = findApp(input.app, named?.clientId ?? null, named?.appName ?? null);
  const app = match ? appEvidence(match) : null;
  const appNotFound = !app && named ? (named.appName ?? (named.clientId ? `client id ${named.clientId}` : null)) : null;
  const orgMatch = input.org ? findOrganisation(input.org) : null;
  const org = orgMatch ? organisationEvidence(orgMatch) : null;
  const orgCandidates = classification.kind === "org_cap" && !org ? organisationsAtCap() : [];
  const user = input.user ? { email: input.user.toLowerCase(), grants: userEvidence(input.user) } : null;
  const actions = rankActions({ classification, app: appFacts(app), org: orgFacts(org) });
  return { classification, explained: explainChosen(classification, [app && "the app", org && "the organisation", user && user.email].filter((x): x is string => !!x), app ? planRule(app.app.plan).dayLimit : undefined), app, appNotFound, org, orgNotFound: input.org && !org ? input.org : null, orgCandidates, user, actions };
}

/** The apps for the form's picker. */
export async function diagnoseAppChoices() {
  await requirePermission("diagnose:use");
  return appChoices();
}
