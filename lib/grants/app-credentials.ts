import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { xeroApps } from "@/db/schema";
import { decrypt } from "@/lib/crypto";
import { defaultEndpoints } from "@/lib/xero/config";
import type { ClientAuth } from "@/lib/xero/types";
import { notFound } from "@/lib/errors";

// System layer: callers (connect, sync, disconnect, jobs) have already checked the user's role.
// The decrypted secret lives only for the duration of a Xero call and is never returned to a page.

export type AppCredentials = ClientAuth & { appId: string; name: string; environment: string; plan: string; scopes: string[]; redirectUri: string };

export async function appCredentials(appId: string): Promise<AppCredentials> {
  const [app] = await getDb().select().from(xeroApps).where(eq(xeroApps.id, appId)).limit(1);
  if (!app) throw notFound("That app");
  return {
    appId: app.id,
    name: app.name,
    environment: app.environment,
    plan: app.plan,
    endpoints: defaultEndpoints(),
    clientId: app.clientId,
    clientSecret: app.clientSecretEnc ? decrypt(app.clientSecretEnc) : undefined,
    scopes: app.scopes.split(" ").filter(Boolean),
    redirectUri: app.redirectUri,
  };
}
