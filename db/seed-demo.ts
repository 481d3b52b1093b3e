import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/index";
import { grants, xeroApps } from "@/db/schema";
import { firstRow } from "@/db/query";
import { run, transact } from "@/db/steps";
import { env } from "@/lib/env";
import { xeroNow } from "@/lib/clock";
import { encrypt } from "@/lib/crypto";
import { sealTokens } from "@/lib/grants/sealed-tokens";
import { isPlan } from "@/lib/limits/plans";
import { DEFAULT_SCOPES } from "@/lib/apps/scopes";
import { DEMO_PRODUCT_APP } from "@/lib/demo/customer-product-setup";
import { isDemoCustomerConsent } from "@/lib/demo/demo-customers";

// The dashboard's demo data on a first start in sandbox mode. The sandbox's seed hands over its apps
// and the refresh tokens of its seeded consents in DATA_DIR/sandbox-seed.json (a file, not an import:
// the dashboard reaches the sandbox only over the protocol). We register the apps and hold the tokens
// as grants; the first background sync then reads every connection from the sandbox over HTTP.

// The production app's Xero users are the team's customers: their grants are not written here but arrive
// through the API right after start (lib/demo/demo-customers.ts), by import, connect session and observation.
const CUSTOMER_APP = DEMO_PRODUCT_APP;
// What Xero's developer portal shows for the staging app: more than Connection Desk knows of (connections
// made where Connection Desk never saw them), so the demo shows the gap.
const PORTAL_COUNTS: Record<string, number> = { "Acme Ledger Sync (staging)": 6 };

const seedFileSchema = z.object({
  apps: z.array(
    z.object({
      name: z.string(),
      environment: z.enum(["development", "staging", "production"]),
      plan: z.string().refine(isPlan),
      certified: z.boolean(),
      clientId: z.string(),
      clientSecret: z.string().nullable(),
      consents: z.array(z.object({ xeroUserId: z.string(), email: z.string(), name: z.string(), refreshToken: z.string(), authEventId: z.string() })),
      customConnection: z.object({ tenantId: z.string(), xeroUserId: z.string() }).nullable(),
    }),
  ),
});

export async function seedDemoData(): Promise<{ apps: number; grants: number; customers: number } | null> {
  const file = path.join(env().dataDir, "sandbox-seed.json");
  const db = getDb();
  // Postgres answers count(*) as a string.
  const existing = Number((await firstRow(db.select({ n: sql<number>`count(*)` }).from(xeroApps)))?.n ?? 0);
  if (existing > 0 || !fs.existsSync(file)) return null;
  const seed = seedFileSchema.parse(JSON.parse(fs.readFileSync(file, "utf8")));
  const at = xeroNow();
  let grantCount = 0;
  let customerCount = 0;
  await transact(function* (tx) {
    for (const app of seed.apps) {
      const appId = crypto.randomUUID();
      yield* run(
        tx.insert(xeroApps).values({
          id: appId,
          name: app.name,
          environment: app.environment,
          plan: app.plan,
          certified: app.certified,
          clientId: app.clientId,
          clientSecretEnc: app.clientSecret ? encrypt(app.clientSecret) : null,
          redirectUri: `${env().appUrl}/api/xero/callback`,
          scopes: app.customConnection ? "accounting.settings.read" : DEFAULT_SCOPES,
          notes: "Demo app from the built-in Xero sandbox.",
          ...(PORTAL_COUNTS[app.name] === undefined ? {} : { portalConnectionCount: PORTAL_COUNTS[app.name], portalCountReadAt: at }),
          createdAt: at,
          updatedAt: at,
        }),
      );
      for (const c of app.consents) {
        if (app.name === CUSTOMER_APP && isDemoCustomerConsent(c.email)) {
          customerCount++;
          continue;
        }
        // No access token yet: the first use refreshes, which is also how the first sync proves the grant works.
        const tokens = { accessToken: "", refreshToken: c.refreshToken, expiresAt: new Date(0), scope: DEFAULT_SCOPES.split(" ") };
        yield* run(
          tx.insert(grants).values({
            id: crypto.randomUUID(),
            appId,
            xeroUserId: c.xeroUserId,
            email: c.email.toLowerCase(),
            name: c.name,
            authEventIds: [c.authEventId],
            tokenSetEnc: sealTokens(tokens),
            accessExpiresAt: new Date(0),
            refreshObtainedAt: at,
            createdAt: at,
            updatedAt: at,
            source: "dashboard",
          }),
        );
        grantCount++;
      }
      if (app.customConnection) {
        const tokens = { accessToken: "", expiresAt: new Date(0), scope: [] };
        yield* run(
          tx.insert(grants).values({
            id: crypto.randomUUID(),
            appId,
            xeroUserId: app.customConnection.xeroUserId,
            email: "",
            name: `${app.name} (Custom Connection)`,
            tokenSetEnc: sealTokens(tokens),
            accessExpiresAt: new Date(0),
            refreshObtainedAt: at,
            createdAt: at,
            updatedAt: at,
          }),
        );
        grantCount++;
      }
    }
  });
  return { apps: seed.apps.length, grants: grantCount, customers: customerCount };
}
