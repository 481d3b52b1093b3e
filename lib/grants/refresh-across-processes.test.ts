import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { seedDemoData } from "@/db/seed-demo";
import { grants } from "@/db/schema";
import { xeroNow, xeroNowMs } from "@/lib/clock";
import { resetEnvForTests } from "@/lib/env";
import { tryAcquireLease, releaseLease } from "@/lib/jobs/lease";
import { runServerProcess } from "@/lib/testing/child-process";
import { refreshesSince } from "@/lib/testing/sandbox-issued";
import { startSandboxServer } from "@/lib/xero-sandbox/test-server";
import { refreshGrant, validTokenSet } from "./token-store";

// Refresh tokens rotate on every use, so two processes refreshing one grant at once would leave one of them with a
// dead token. Processes on one database take turns through a lease row (refresh-lease.ts).

let sandbox: Awaited<ReturnType<typeof startSandboxServer>>;
let origin: string;

beforeAll(async () => {
  await migrateConfiguredDatabase();
  sandbox = await startSandboxServer();
  origin = sandbox.baseUrl.replace(/\/sandbox\/xero$/, "");
  // This process is a server too (the second test refreshes here).
  process.env.APP_URL = origin;
  resetEnvForTests();
  expect(await seedDemoData()).not.toBeNull();
});
afterAll(async () => {
  await sandbox?.close();
  delete process.env.APP_URL;
  resetEnvForTests();
});

async function refreshTokenGrant() {
  const grant = (await getDb().select().from(grants).where(eq(grants.status, "active"))).find((g) => g.tokenSetEnc && g.email.includes("@"));
  if (!grant) throw new Error("the demo data has no refresh-token grant");
  return grant;
}
const expireAccessToken = async (grantId: string) => {
  await getDb().update(grants).set({ accessExpiresAt: xeroNow() }).where(eq(grants.id, grantId));
};

describe("one refresh per grant across processes", () => {
  it("two processes asking 25 times each at once make one token call and hand out one access token", async () => {
    const grant = await refreshTokenGrant();
    await expireAccessToken(grant.id);
    const since = xeroNowMs();
    const [a, b] = await Promise.all([
      runServerProcess<{ accessTokens: string[] }>("lib/grants/testing/refresh-child.ts", origin, [grant.id, "25"]),
      runServerProcess<{ accessTokens: string[] }>("lib/grants/testing/refresh-child.ts", origin, [grant.id, "25"]),
    ]);
    expect([...refreshesSince(since).values()]).toEqual([1]);
    expect(new Set([...a.accessTokens, ...b.accessTokens]).size).toBe(1);
    expect((await validTokenSet(grant.id)).accessToken).toBe(a.accessTokens[0]);
  }, 90_000);

  it("a process that finds another refreshing waits and takes the set the other stored", async () => {
    const grant = await refreshTokenGrant();
    await expireAccessToken(grant.id);
    // Another process holds the grant's refresh turn …
    expect(await tryAcquireLease(`refresh:${grant.id}`, "other-host:1:x", 60_000)).toBe(true);
    const since = xeroNowMs();
    const waiting = validTokenSet(grant.id);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // … and finishes: its refresh is stored, then it lets go.
    const stored = await refreshGrantAs("other-host:1:x", grant.id);
    const got = await waiting;
    expect(got.accessToken).toBe(stored.accessToken);
    expect([...refreshesSince(since).values()]).toEqual([1]);
  }, 30_000);
});

/** Plays the other process: refreshes while holding the lease under its name, then releases it. */
async function refreshGrantAs(holder: string, grantId: string) {
  await releaseLease(`refresh:${grantId}`, holder);
  const tokens = await refreshGrant(grantId);
  return tokens;
}
