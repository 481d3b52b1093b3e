import { planRule, TIERS_START, TIERS_START_LABEL } from "@/lib/limits/plans";

export const DEFAULT_SCOPES = "openid profile email offline_access accounting.settings.read";
/** Custom Connections use client credentials: no user signs in and nothing is refreshed, so Xero refuses openid profile email offline_access. */
export const CUSTOM_CONNECTION_SCOPES = "accounting.settings.read";

export function defaultScopesFor(plan: string): string {
  return planRule(plan).regime === "custom" ? CUSTOM_CONNECTION_SCOPES : DEFAULT_SCOPES;
}

// Broad scopes that apps on the 2026 plans may no longer request (granular scopes replaced them).
const BROAD_SCOPES = new Set(["accounting.transactions", "accounting.transactions.read", "accounting.reports.read", "accounting.journals.read"]);

export function normaliseScopes(scopes: string): string {
  return [...new Set(scopes.split(/\s+/).filter(Boolean))].join(" ");
}

/** Warnings (not errors) about scopes Xero will refuse or that limit what the app can do. */
export function scopeWarnings(scopes: string, app: { plan: string; createdAt: Date }): string[] {
  const list = scopes.split(/\s+/).filter(Boolean);
  const warnings: string[] = [];
  const broad = list.filter((s) => BROAD_SCOPES.has(s));
  if (broad.length > 0 && planRule(app.plan).regime === "tiers" && app.createdAt >= TIERS_START) {
    warnings.push(
      `Apps created since ${TIERS_START_LABEL} must use granular scopes; Xero will refuse ${broad.join(", ")}. Use for example accounting.invoices or accounting.reports.profitandloss.read instead.`,
    );
  }
  if (!list.includes("offline_access") && planRule(app.plan).regime !== "custom") {
    warnings.push("Without offline_access Xero issues no refresh token: connections stop working after 30 minutes.");
  }
  if (!list.includes("openid")) warnings.push("Without openid (and profile, email) Xero does not say which user authorised a connection.");
  return warnings;
}
