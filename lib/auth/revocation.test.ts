import { beforeAll, describe, expect, it, vi } from "vitest";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { advanceClock, DAY_MS, realNowMs } from "@/lib/clock";
import { testSession } from "@/lib/testing/auth-mock";
import { insertTestUser } from "@/lib/testing/users";
import { setUserActive } from "@/lib/users/mutations";
import { isSessionRevoked, isSessionUsable, revokeSession } from "./revocation";
import { createSignInTicket, readSignInTicket } from "./ticket";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

describe("session revocation", () => {
  beforeAll(() => migrateConfiguredDatabase());

  it("remembers a revoked session id, and only that one", async () => {
    await revokeSession("session-a");
    await revokeSession("session-a");
    expect(await isSessionRevoked("session-a")).toBe(true);
    expect(await isSessionRevoked("session-b")).toBe(false);
  });

  it("keeps a signed-out session revoked when the sandbox clock moves a day ahead", async () => {
    await revokeSession("signed-out-before-the-clock-moved");
    advanceClock(DAY_MS);
    // Revoking another session prunes the records that have expired; this one has not, in real time.
    await revokeSession("someone-else");
    expect(await isSessionRevoked("signed-out-before-the-clock-moved")).toBe(true);
  });

  it("does not let the sandbox clock expire a sign-in ticket", async () => {
    const ticket = createSignInTicket("user-1");
    advanceClock(DAY_MS);
    expect(readSignInTicket(ticket)).toBe("user-1");
  });
});

describe("session usability", () => {
  beforeAll(() => migrateConfiguredDatabase());

  it("refuses a cookie issued before a deactivation, even after the user is reactivated", async () => {
    const admin = await insertTestUser("admin");
    const user = await insertTestUser("developer");
    testSession.userId = admin.id;
    const before = { userId: user.id, sessionId: "before-deactivation", signedInAt: realNowMs() - 1_000 };
    expect(await isSessionUsable(before)).toBe(true);

    await setUserActive({ userId: user.id, active: false }, admin);
    expect(await isSessionUsable(before)).toBe(false);
    await setUserActive({ userId: user.id, active: true }, admin);
    expect(await isSessionUsable(before)).toBe(false);

    // A sign-in after the reactivation works as usual.
    await new Promise((resolve) => setTimeout(resolve, 2));
    expect(await isSessionUsable({ userId: user.id, sessionId: "after", signedInAt: realNowMs() })).toBe(true);
  });

  it("refuses revoked sessions and unknown or inactive users", async () => {
    const user = await insertTestUser("support");
    const inactive = await insertTestUser("support", { active: false });
    await revokeSession("revoked-one");
    expect(await isSessionUsable({ userId: user.id, sessionId: "revoked-one", signedInAt: realNowMs() })).toBe(false);
    expect(await isSessionUsable({ userId: inactive.id, sessionId: "fresh", signedInAt: realNowMs() })).toBe(false);
    expect(await isSessionUsable({ userId: "nobody", sessionId: "fresh", signedInAt: realNowMs() })).toBe(false);
  });
});
