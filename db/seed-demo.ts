import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/index";
import { endUsers, grants, xeroApps } from "@/db/schema";
import { env } from "@/lib/env";
import { xeroNow } from "@/lib/clock";
import { encrypt } from "@/lib/crypto";
import { sealTokens } from "@/lib/grants/sealed-tokens";
import { isPlan } from "@/lib/limits/plans";
import { DEFAULT_SCOPES } from "@/lib/apps/scopes";

// The dashboard's demo data on a first start in sandbox mode. The sandbox's seed hands over its apps
// and the refresh tokens of its seeded consents in DATA_DIR/sandbox-seed.json (a file, not an import:
// the dashboard reaches the sandbox only over the protocol). We register the apps and hold the tokens
// as grants; the first background sync then reads every connection from the sandbox over HTTP.

// The production app's Xero users are the team's customers, who connected inside the team's product: one
// handed over an existing grant (import), two came through connect sessions. Keyed by Xero user email.
const DEMO_CUSTOMERS: Record<string, { externalId: string; displayName: string; accountId: string; accountName: string; tags: string[]; source: "import" | "connect_session" }> = {
  "ben.hogan@example.com": { externalId: "cust-hogan", displayName: "Ben Hogan", accountId: "acct-hogan", accountName: "Hogan & Co Bookkeeping", tags: ["practice", "nz"], source: "import" },
  "ana.silva@example.com": { externalId: "cust-silva", displayName: "Ana Silva", accountId: "acct-silva", accountName: "Silva Design", tags: ["smb", "au"], source: "connect_session" },
  "chen.wei@example.com": { externalId: "cust-wei", displayName: "Chen Wei", accountId: "acct-wei", accountName: "Wei Imports", tags: ["smb", "gb"], source: "connect_session" },
};
const CUSTOMER_APP = "Acme Ledger Sync (prod)";
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

export function seedDemoData(): { apps: number; grants: number } | null {
  const file = path.join(env().dataDir, "sandbox-seed.json");
  const db = getDb();
  const existing = db.select({ n: sql<number>`count(*)` }).from(xeroApps).get()?.n ?? 0;
  if (existing > 0 || !fs.existsSync(file)) return null;
  const seed = seedFileSchema.parse(JSON.parse(fs.readFileSync(file, "utf8")));
  const at = xeroNow();
  let grantCount = 0;
  db.transaction((tx) => {
    for (const app of seed.apps) {
      const appId = crypto.randomUUID();
      tx.insert(xeroApps)
        .values({
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
        })
        .run();
      for (const c of app.consents) {
        // No access token yet: the first use refreshes, which is also how the first sync proves the grant works.
        const tokens = { accessToken: "", refreshToken: c.refreshToken, expiresAt: new Date(0), scope: DEFAULT_SCOPES.split(" ") };
        const customer = app.name === CUSTOMER_APP ? DEMO_CUSTOMERS[c.email.toLowerCase()] : undefined;
        const endUserId = customer ? crypto.randomUUID() : null;
        if (customer) tx.insert(endUsers).values({ id: endUserId!, externalId: customer.externalId, email: c.email.toLowerCase(), displayName: customer.displayName, accountId: customer.accountId, accountName: customer.accountName, tags: customer.tags, createdAt: at, updatedAt: at }).run();
        tx.insert(grants)
          .values({ id: crypto.randomUUID(), appId, xeroUserId: c.xeroUserId, email: c.email.toLowerCase(), name: c.name, authEventIds: [c.authEventId], tokenSetEnc: sealTokens(tokens), accessExpiresAt: new Date(0), refreshObtainedAt: at, createdAt: at, updatedAt: at, source: customer?.source ?? "dashboard", endUserId })
          .run();
        grantCount++;
      }
      if (app.customConnection) {
        const tokens = { accessToken: "", expiresAt: new Date(0), scope: [] };
        tx.insert(grants)
          .values({ id: crypto.randomUUID(), appId, xeroUserId: app.customConnection.xeroUserId, email: "", name: `${app.name} (Custom Connection)`, tokenSetEnc: sealTokens(tokens), accessExpiresAt: new Date(0), refreshObtainedAt: at, createdAt: at, updatedAt: at })
          .run();
        grantCount++;
      }
    }
  });
  return { apps: seed.apps.length, grants: grantCount };
}
