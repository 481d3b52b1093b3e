// Token vending for `npm run bench`: an API key with the tokens scope and one grant holding a live access
// token (no refresh needed), so the figure is Connection Desk's own cost per vend: key check, rate limit,
// grant lookup, decrypt, usage count.
import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "../db/index";
import { firstRow } from "../db/query";
import { apiKeys, grants } from "../db/schema";
import { generateApiKey } from "../lib/api-keys/secret";
import { sealTokens } from "../lib/grants/sealed-tokens";

export async function prepareVendBench(ownerId: string): Promise<{ key: string; grantId: string }> {
  const db = getDb();
  const { secret, prefix, hash } = generateApiKey();
  await db.insert(apiKeys).values({ id: crypto.randomUUID(), name: "bench tokens", keyHash: hash, prefix, ownerId, environment: "all", scopes: ["tokens"], createdAt: new Date() });
  const grant = (await firstRow(db.select({ id: grants.id }).from(grants).limit(1)))!;
  const expiresAt = new Date(Date.now() + 6 * 60 * 60 * 1000);
  await db
    .update(grants)
    .set({
      tokenSetEnc: sealTokens({ accessToken: `bench.${crypto.randomBytes(600).toString("base64url")}`, refreshToken: "bench-refresh", expiresAt, scope: ["offline_access"] }),
      accessExpiresAt: expiresAt,
    })
    .where(eq(grants.id, grant.id));
  return { key: secret, grantId: grant.id };
}
