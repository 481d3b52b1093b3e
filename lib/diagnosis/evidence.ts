import "server-only";
import { requirePermission } from "@/lib/auth/session";
import { rankActions, type AppFacts, type OrgFacts, type RankedAction } from "./actions-rank";
import { appChoices, appEvidence, findApp, type AppEvidence } from "./app-evidence";
import { classify, type Classification } from "./classify";
import { planRule } from "@/lib/limits/plans";
import { explainChosen, explainNameMatch, type Explained } from "./explain";
import type { DiagnoseInput } from "./input";
import { findByName } from "./name-lookup";
import { chooseNameMatch, lookupText, type NameCandidate, type NameMatch } from "./name-match";
import { customerConnections, type CustomerConnections } from "./customer-evidence";
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
  /** A customer the message names (no Xero error matched): their connections per app. */
  customer: CustomerConnections | null;
  /** What an unrecognised message matched among names in our data (null when it was not looked up). */
  nameMatch: NameMatch | null;
  actions: RankedAction[];
};

function appFacts(e: AppEvidence | null): AppFacts | null {
  if (!e) return null;
  const { app } = e;
  return {
    name: app.name,
    environment: app.environment,
    plan: app.plan,
    certified: app.certified,
    cap: e.cap,
    count: app.count,
    staleDisconnectable: e.staleDisconnectable,
    staleBlocked: e.staleBlocked,
  };
}

function orgFacts(e: OrgEvidence | null): OrgFacts | null {
  if (!e) return null;
  return { name: e.org.name, uncertifiedApps: e.uncertifiedApps.map((a) => ({ name: a.name, live: a.users.length, stale: a.users.filter((u) => u.status === "stale").length })) };
}

/** An unrecognised message with nothing else chosen may be a name: look it up among our records. */
function lookUpMessage(input: DiagnoseInput, classification: Classification): NameMatch | null {
  if (classification.kind !== "unrecognised" || input.app || input.org || input.user) return null;
  const text = lookupText(input.message);
  return text ? chooseNameMatch(text, findByName(text)) : null;
}

/** The form's choices, plus the record an unrecognised message names exactly. */
function withChosen(input: DiagnoseInput, chosen: NameCandidate | null | undefined): DiagnoseInput & { customerId?: string } {
  if (chosen?.kind === "organisation") return { ...input, org: chosen.tenantId };
  if (chosen?.kind === "app") return { ...input, app: chosen.id };
  if (chosen?.kind === "xero_user") return { ...input, user: chosen.email };
  if (chosen?.kind === "customer") return { ...input, customerId: chosen.id };
  return input;
}

export async function diagnose(given: DiagnoseInput): Promise<Diagnosis> {
  await requirePermission("diagnose:use");
  const classification = classify(given.message);
  const nameMatch = lookUpMessage(given, classification);
  const input = withChosen(given, nameMatch?.chosen);
  const named = classification.kind === "app_cap" ? classification : null;
  const match = findApp(input.app, named?.clientId ?? null, named?.appName ?? null);
  const app = match ? await appEvidence(match) : null;
  const appNotFound = !app && named ? (named.appName ?? (named.clientId ? `client id ${named.clientId}` : null)) : null;
  const orgMatch = input.org ? findOrganisation(input.org) : null;
  const org = orgMatch ? organisationEvidence(orgMatch) : null;
  const orgCandidates = classification.kind === "org_cap" && !org ? organisationsAtCap() : [];
  const user = input.user ? { email: input.user.toLowerCase(), grants: userEvidence(input.user) } : null;
  const customer = input.customerId ? customerConnections(input.customerId) : null;
  const actions = rankActions({ classification, app: appFacts(app), org: orgFacts(org) });
  const explained = explainNameMatch(
    nameMatch,
    explainChosen(
      classification,
      [app && "the app", org && "the organisation", user && user.email].filter((x): x is string => !!x),
      app ? planRule(app.app.plan).dayLimit : undefined,
    ),
  );
  return { classification, explained, app, appNotFound, org, orgNotFound: input.org && !org ? input.org : null, orgCandidates, user, customer, nameMatch, actions };
}

/** The apps for the form's picker. */
export async function diagnoseAppChoices() {
  await requirePermission("diagnose:use");
  return appChoices();
}
