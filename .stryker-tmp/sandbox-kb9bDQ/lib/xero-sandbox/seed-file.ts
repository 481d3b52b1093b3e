// @ts-nocheck
import { env } from "@/lib/env";
import { orgId, ORGANISATION_NAMES, SEED_USERS, userId, type SeedUserKey } from "@/lib/xero-sandbox/seed-data";
import type { SandboxApp } from "@/lib/xero-sandbox/store/apps";

// The handoff to the dashboard's seed (DATA_DIR/sandbox-seed.json): every seeded app with its credentials
// and every seeded consent with its live refresh token. Plaintext secrets exist only in this file.

export type SeedFileApp = {
  app: SandboxApp;
  clientSecret: string | null;
  environment: string;
  redirectUris: string[];
  consents: { userKey: SeedUserKey; refreshToken: string; authEventId: string; tenantIds: string[] }[];
  custom: { userId: string; orgId: string } | null;
};

const userOf = (key: SeedUserKey) => {
  const u = SEED_USERS.find((x) => x.key === key)!;
  return { xeroUserId: userId(key), email: u.email, name: `${u.givenName} ${u.familyName}` };
};

export function buildSeedFile(apps: SeedFileApp[], password: string) {
  return {
    note: "Written by the Xero sandbox seed. Contains live sandbox credentials: keep it in DATA_DIR only.",
    sandboxBaseUrl: `${env().appUrl}/sandbox/xero`,
    xeroUserPassword: password,
    users: SEED_USERS.map((u) => userOf(u.key)),
    organisations: ORGANISATION_NAMES.map((name, i) => ({ tenantId: orgId(i), name })),
    apps: apps.map((a) => ({
      name: a.app.name,
      environment: a.environment,
      plan: a.app.plan,
      certified: a.app.certified,
      clientId: a.app.clientId,
      clientSecret: a.clientSecret,
      redirectUri: a.redirectUris[0] ?? null,
      redirectUris: a.redirectUris,
      customConnection: a.custom ? { tenantId: a.custom.orgId, xeroUserId: a.custom.userId } : null,
      consents: a.consents.map((c) => ({ ...userOf(c.userKey), refreshToken: c.refreshToken, authEventId: c.authEventId, tenantIds: c.tenantIds })),
    })),
  };
}
