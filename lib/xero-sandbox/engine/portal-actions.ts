import { xeroNowMs } from "@/lib/clock";
import { randomUuid } from "@/lib/xero-sandbox/ids";
import { isPlan } from "@/lib/xero-sandbox/plans";
import { countedPairs } from "@/lib/xero-sandbox/rules/caps";
import { parseScopeList } from "@/lib/xero-sandbox/rules/scopes";
import { createSandboxApp, listApps, type SandboxApp } from "@/lib/xero-sandbox/store/apps";
import { appPairs, upsertConnections } from "@/lib/xero-sandbox/store/connections";
import { isMember } from "@/lib/xero-sandbox/store/directory";
import { sandboxTransaction } from "@/lib/xero-sandbox/db";
import { isSafeName, UNSAFE_NAME_MESSAGE } from "@/lib/validation/safe-name";

// What the developer portal's forms do. Errors are plain messages the form shows back.

export function appSummaries(): { app: SandboxApp; counted: number }[] {
  return listApps().map((app) => ({ app, counted: countedPairs(app, appPairs(app.id)) }));
}

export function createAppFromForm(form: URLSearchParams): { ok: true; app: SandboxApp; secret: string | null } | { ok: false; error: string } {
  const name = (form.get("name") ?? "").trim();
  const plan = form.get("plan") ?? "starter";
  if (!name) return { ok: false, error: "Give the app a name." };
  if (!isSafeName(name)) return { ok: false, error: UNSAFE_NAME_MESSAGE };
  if (/xero/i.test(name)) return { ok: false, error: "The app name must not contain “Xero”." };
  if (!isPlan(plan)) return { ok: false, error: "Choose a plan." };
  const redirectUris = (form.get("redirectUris") ?? "").split(/\s+/).filter(Boolean);
  const custom = plan === "custom-connection";
  const customOrgId = form.get("customOrgId") || undefined;
  const customUserId = form.get("customUserId") || undefined;
  const scopes = parseScopeList(form.get("scopes"));
  if (custom && customOrgId && customUserId && !isMember(customUserId, customOrgId)) return { ok: false, error: "The authorising user is not a member of that organisation." };
  try {
    return sandboxTransaction(() => {
      const { app, clientSecret } = createSandboxApp({
        name,
        plan,
        certified: form.get("certified") === "yes",
        authType: form.get("authType") === "pkce" ? "pkce" : "web",
        redirectUris: custom ? [] : redirectUris,
        customOrgId,
        customUserId,
        scopes: scopes.length > 0 ? scopes : undefined,
      });
      // The sandbox skips Xero's emailed authorisation link: a Custom Connection is authorised at once.
      if (custom) upsertConnections(app.id, customUserId!, [customOrgId!], randomUuid(), xeroNowMs());
      return { ok: true as const, app, secret: clientSecret };
    });
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : "The app could not be created." };
  }
}
