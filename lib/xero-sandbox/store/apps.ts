import { asc, eq } from "drizzle-orm";
import { xeroNowMs } from "@/lib/clock";
import { sandboxDb } from "@/lib/xero-sandbox/db";
import { newClientId, newClientSecret, randomUuid, sameHash, sha256Hex } from "@/lib/xero-sandbox/ids";
import { isPlan, type Plan } from "@/lib/xero-sandbox/plans";
import { apps } from "@/lib/xero-sandbox/schema";
import { customScopesProblem, DEFAULT_CUSTOM_SCOPES } from "@/lib/xero-sandbox/rules/scopes";

// Sandbox apps, as registered in Xero's developer portal. Secrets are stored as hashes; the plaintext is
// returned once, at creation or regeneration.

export type SandboxApp = typeof apps.$inferSelect;

export type CreateAppInput = {
  name: string;
  plan: Plan;
  certified?: boolean;
  authType?: "web" | "pkce";
  redirectUris: string[];
  countDemo?: boolean;
  customOrgId?: string;
  customUserId?: string;
  /** A Custom Connection's configured scopes; DEFAULT_CUSTOM_SCOPES when not given. */
  scopes?: string[];
  /** Fixed values for the deterministic seed. */
  id?: string;
  clientId?: string;
  clientSecret?: string;
};

export function validateRedirectUri(uri: string): string | null {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return `"${uri}" is not a URL`;
  }
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && local)) return `"${uri}" must use https (http only for localhost)`;
  if (uri.includes("*")) return "Wildcards are not allowed in redirect URIs";
  return null;
}

export function createSandboxApp(input: CreateAppInput): { app: SandboxApp; clientSecret: string | null } {
  if (!isPlan(input.plan)) throw new Error(`Unknown plan ${String(input.plan)}`);
  const custom = input.plan === "custom-connection";
  if (custom && (!input.customOrgId || !input.customUserId)) throw new Error("A Custom Connection needs its organisation and authorising user");
  if (!custom && input.redirectUris.length === 0) throw new Error("Add at least one redirect URI");
  if (input.redirectUris.length > 50) throw new Error("An app may have at most 50 redirect URIs");
  for (const uri of input.redirectUris) {
    const problem = validateRedirectUri(uri);
    if (problem) throw new Error(problem);
  }
  const scopes = custom ? (input.scopes ?? [...DEFAULT_CUSTOM_SCOPES]) : [];
  const scopeProblem = custom ? customScopesProblem(scopes) : null;
  if (scopeProblem) throw new Error(scopeProblem);
  const authType = custom ? "custom" : (input.authType ?? "web");
  const clientSecret = authType === "pkce" ? null : (input.clientSecret ?? newClientSecret());
  const app = sandboxDb()
    .insert(apps)
    .values({
      id: input.id ?? randomUuid(),
      name: input.name,
      plan: input.plan,
      certified: input.certified ?? false,
      authType,
      clientId: input.clientId ?? newClientId(),
      secretHash: clientSecret ? sha256Hex(clientSecret) : null,
      redirectUris: custom ? [] : input.redirectUris,
      countDemo: input.countDemo ?? false,
      customOrgId: custom ? input.customOrgId : null,
      customUserId: custom ? input.customUserId : null,
      scopes,
      createdAt: xeroNowMs(),
    })
    .returning()
    .get();
  return { app, clientSecret };
}

export function regenerateSecret(appId: string): string {
  const secret = newClientSecret();
  sandboxDb()
    .update(apps)
    .set({ secretHash: sha256Hex(secret) })
    .where(eq(apps.id, appId))
    .run();
  return secret;
}

export function secretMatches(app: SandboxApp, secret: string): boolean {
  return app.secretHash !== null && sameHash(app.secretHash, sha256Hex(secret));
}

export const getAppByClientId = (clientId: string): SandboxApp | undefined => sandboxDb().select().from(apps).where(eq(apps.clientId, clientId)).get();

export const getApp = (id: string): SandboxApp | undefined => sandboxDb().select().from(apps).where(eq(apps.id, id)).get();

export const listApps = (): SandboxApp[] => sandboxDb().select().from(apps).orderBy(asc(apps.createdAt), asc(apps.name)).all();
