import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { auditEvents, users } from "@/db/schema";
import { advanceClock, DAY_MS } from "@/lib/clock";
import { insertTestUser } from "@/lib/testing/users";
import { checkCredentials } from "@/lib/auth/credentials";
import { MAX_FAILURES } from "@/lib/auth/lockout";

// The credentials path driven concurrently, as simultaneous sign-in requests would drive it. Each test
// uses its own client address so the per-address throttle (20 a minute by default) stays out of the way.

let n = 0;
const freshAddress = () => `203.0.113.${++n}`;
const auditsFor = async (email: string) => (await getDb().select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.actorEmail, email))).map((r) => r.action);

beforeAll(() => migrateConfiguredDatabase());

describe("checkCredentials", () => {
  it("20 wrong passwords at once check at most 5 passwords and lock the email; the right one is then refused", async () => {
    const user = await insertTestUser("developer");
    const burst = await Promise.all(Array.from({ length: 20 }, (_, i) => checkCredentials(user.email, `wrong-${i}`, `198.51.100.${i}`)));
    expect(burst.filter((r) => !r.ok && r.reason === "locked").length).toBeGreaterThanOrEqual(20 - MAX_FAILURES + 1);
    expect((await auditsFor(user.email)).filter((a) => a === "auth.sign_in_failed")).toHaveLength(MAX_FAILURES);
    const right = await checkCredentials(user.email, user.password, freshAddress());
    expect(right).toMatchObject({ ok: false, reason: "locked" });
  });

  it("29 wrong and 1 right at once: only as many passwords as the rule allows are checked", async () => {
    const user = await insertTestUser("developer");
    const attempts = Array.from({ length: 30 }, (_, i) => (i === 29 ? user.password : `wrong-${i}`));
    const results = await Promise.all(attempts.map((password, i) => checkCredentials(user.email, password, `192.0.2.${i}`)));
    // The right password was sent last: by then the five places were taken by wrong ones.
    expect(results[29]).toMatchObject({ ok: false, reason: "locked" });
    expect(results.filter((r) => r.ok)).toHaveLength(0);
  });

  it("a locked email stays locked when the sandbox clock moves a day ahead", async () => {
    const user = await insertTestUser("support");
    const address = freshAddress();
    for (let i = 0; i < MAX_FAILURES; i++) await checkCredentials(user.email, `wrong-${i}`, address);
    advanceClock(DAY_MS);
    expect(await checkCredentials(user.email, user.password, address)).toMatchObject({ ok: false, reason: "locked" });
  });

  it("signs in with the right password, clears the count, and re-hashes a weak hash at today's cost", async () => {
    const user = await insertTestUser("admin");
    const address = freshAddress();
    await checkCredentials(user.email, "wrong-once", address);
    expect(await checkCredentials(` ${user.email.toUpperCase()} `, user.password, address)).toMatchObject({ ok: true, user: { id: user.id } });
    const hash = (await getDb().select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id)).limit(1))[0]!.hash;
    expect(hash).toMatch(/^\$2b\$12\$/);
    expect(await checkCredentials(user.email, user.password, address)).toMatchObject({ ok: true });
    // Four more failures do not lock: the success started the count again.
    for (let i = 0; i < MAX_FAILURES - 1; i++) expect(await checkCredentials(user.email, `wrong-${i}`, address)).toMatchObject({ reason: "invalid" });
  });

  it("throttles one address past 20 attempts a minute without counting them against the emails", async () => {
    const address = freshAddress();
    // Known users (cheap test hashes): an unknown email would be checked against a full-cost dummy hash.
    const emails: string[] = [];
    for (let i = 0; i < 25; i++) emails.push((await insertTestUser("support")).email);
    const results = await Promise.all(emails.map((email) => checkCredentials(email, "whatever", address)));
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(20);
    // Another address is not affected.
    const user = await insertTestUser("developer");
    expect(await checkCredentials(user.email, user.password, freshAddress())).toMatchObject({ ok: true });
  });
});
