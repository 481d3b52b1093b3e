import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { and, asc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/index";
import { apiKeys, users, xeroApps } from "@/db/schema";
import { firstRow } from "@/db/query";
import { generateApiKey, hashApiKey } from "@/lib/api-keys/secret";
import { realNow } from "@/lib/clock";
import { env } from "@/lib/env";
import { PRIVATE_FILE_MODE } from "@/lib/private-files";

// Connection Desk's side of the demo customer product (demo/customer-product): an API key of its own,
// stored in DATA_DIR and never printed, and its return address allowed on the demo app. Everything the
// product does after that goes through the public API, as a real customer's product would.

export const DEMO_PRODUCT_APP = "Acme Ledger Sync (prod)";
export const DEMO_PRODUCT_KEY_NAME = "Demo customer product";

export type CustomerProductConfig = { apiKey: string; appId: string };

export const customerProductConfigFile = () => path.join(env().dataDir, "customer-product.json");
export const customerProductReturnUrl = (productUrl: string) => `${productUrl.replace(/\/+$/, "")}/xero/return`;

function readConfig(file: string): CustomerProductConfig | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<CustomerProductConfig>;
    return typeof parsed.apiKey === "string" && typeof parsed.appId === "string" ? { apiKey: parsed.apiKey, appId: parsed.appId } : null;
  } catch {
    return null;
  }
}

/** The product's key and app, made on first start (and again if its key was revoked); null without the demo app. */
export async function prepareCustomerProduct(productUrl: string): Promise<CustomerProductConfig | null> {
  const db = getDb();
  const file = customerProductConfigFile();
  let config = readConfig(file);
  const keyLive =
    config &&
    (await firstRow(
      db
        .select({ id: apiKeys.id })
        .from(apiKeys)
        .where(and(eq(apiKeys.keyHash, hashApiKey(config.apiKey)), isNull(apiKeys.revokedAt)))
        .limit(1),
    ));
  const app = await firstRow(
    config && keyLive ? db.select().from(xeroApps).where(eq(xeroApps.id, config.appId)).limit(1) : db.select().from(xeroApps).where(eq(xeroApps.name, DEMO_PRODUCT_APP)).limit(1),
  );
  if (!app) return null;
  if (!config || !keyLive) {
    const owner = await firstRow(db.select({ id: users.id }).from(users).where(eq(users.role, "admin")).orderBy(asc(users.createdAt)).limit(1));
    if (!owner) return null;
    const { secret, prefix, hash } = generateApiKey();
    await db.insert(apiKeys).values({
      id: crypto.randomUUID(),
      name: DEMO_PRODUCT_KEY_NAME,
      keyHash: hash,
      prefix,
      ownerId: owner.id,
      environment: app.environment,
      scopes: ["read", "write", "tokens"],
      createdAt: realNow(),
    });
    config = { apiKey: secret, appId: app.id };
    fs.writeFileSync(file, JSON.stringify(config), { mode: PRIVATE_FILE_MODE });
  }
  const returnUrl = customerProductReturnUrl(productUrl);
  if (!app.allowedReturnUrls.includes(returnUrl))
    await db
      .update(xeroApps)
      .set({ allowedReturnUrls: [...app.allowedReturnUrls, returnUrl] })
      .where(eq(xeroApps.id, app.id));
  return config;
}
