// Token vending for `npm run bench`: an API key with the tokens scope and one grant holding a live access
// token (no refresh needed), so the figure is Connection Desk's own cost per vend: key check, rate limit,
// grant lookup, decrypt, usage count.
import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "../db/index";
import { apiKeys, grants } from "../db/schema";
import { generateApiKey } from "../lib/api-keys/secret";
import { sealTokens } from "../lib/grants/sealed-tokens";

export function prepareVendBench(ownerId: string): { key: string; grantId: string } {
  const db = getDb();
  const { secret, prefix, hash } = generateApiKey();
  db.insert(apiKeys)
    .values({ id: crypto.randomUUID(), name: "bench tokens", keyHash: hash, prefix, ownerId, environment: "all", scopes: ["tokens"], createdAt: new Date() })
    .run();
  const grant = db.select({ id: grants.id }).from(grants).limit(1).get()!;
  const expiresAt = new Date(Date.now() + 6 * 60 * 60 * 1000);
  db.update(grants)
    .set({
      tokenSetEnc: sealTokens({ accessToken: `bench.${crypto.randomBytes(600).toString("base64url")}`, refreshToken: "bench-refresh", expiresAt, scope: ["offline_access"] }),
      accessExpiresAt: expiresAt,
    })
    .where(eq(grants.id, grant.id))
    .run();
  return { key: secret, grantId: grant.id };
}
