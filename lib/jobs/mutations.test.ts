import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { desc, eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { auditEvents, jobLeases, jobRuns } from "@/db/schema";
import { testSession } from "@/lib/testing/auth-mock";
import { insertTestUser, type TestUser } from "@/lib/testing/users";
import { AppError } from "@/lib/errors";
import { xeroNowMs } from "@/lib/clock";
import { runJobNow, updateJobSettings } from "./mutations";
import { pendingRequests, takeRequests } from "./requests";
import { jobSettingsFormSchema, readJobSettings } from "./settings";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

const users: Partial<Record<"admin" | "developer" | "support", TestUser>> = {};
const rejection = async (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e as AppError,
  );
// The server actions check the permission and parse the form (lib/actions/define.ts); these start after that.
// Who may call them is the authorisation matrix's job (lib/auth/authorization-matrix.test.ts).
const saveSettings = (values: Record<string, string>) => updateJobSettings(jobSettingsFormSchema.parse(values), users.admin!);
const form = { keepAliveEnabled: "on", keepAliveAfterDays: "10", syncIntervalHours: "3", idleDays: "45", observedStaleDays: "21" };

beforeAll(async () => {
  await migrateConfiguredDatabase();
  for (const role of ["admin", "developer", "support"] as const) users[role] = await insertTestUser(role);
});
beforeEach(async () => {
  testSession.userId = users.admin!.id;
  // eslint-disable-next-line drizzle/enforce-delete-with-where -- each test starts with no lease held
  await getDb().delete(jobLeases);
  await takeRequests();
});

describe("updateJobSettings", () => {
  it("saves the form (an unticked box is off) and audits what changed", async () => {
    expect(await saveSettings(form)).toEqual({ changed: true });
    expect(await readJobSettings()).toEqual({ keepAliveEnabled: true, keepAliveAfterDays: 10, syncEnabled: false, syncIntervalHours: 3, idleDays: 45, observedStaleDays: 21 });
    const audit = (await getDb().select().from(auditEvents).where(eq(auditEvents.action, "settings.updated")).orderBy(desc(auditEvents.id)).limit(1))[0]!;
    expect(audit).toMatchObject({ actorEmail: users.admin!.email, targetId: "jobs" });
    expect(audit.details).toEqual({
      keepAliveAfterDays: { from: 7, to: 10 },
      syncEnabled: { from: true, to: false },
      syncIntervalHours: { from: 6, to: 3 },
      idleDays: { from: 30, to: 45 },
      observedStaleDays: { from: 14, to: 21 },
    });
    expect(await saveSettings(form)).toEqual({ changed: false });
  });

  it("answers bad values with a message per field", async () => {
    const parsed = jobSettingsFormSchema.safeParse({ ...form, keepAliveAfterDays: "60", syncIntervalHours: "", idleDays: "1.5" });
    expect(parsed.success ? {} : z.flattenError(parsed.error).fieldErrors).toEqual({
      keepAliveAfterDays: ["Must be under Xero's 60-day idle expiry."],
      syncIntervalHours: ["Enter a number of hours."],
      idleDays: ["Whole days only."],
    });
  });
});

describe("runJobNow", () => {
  it("starts a run in this process when it may hold the lease", async () => {
    const { runId, queued } = await runJobNow("keep-alive", users.developer!);
    expect(queued).toBe(false);
    const run = (await getDb().select().from(jobRuns).where(eq(jobRuns.id, runId!)).limit(1))[0]!;
    expect(run).toMatchObject({ kind: "keep-alive", trigger: `manual: ${users.developer!.email}` });
  });

  it("refuses a second run of the same kind while one is running", async () => {
    await getDb()
      .insert(jobRuns)
      .values({ kind: "sync", trigger: "schedule", holder: "elsewhere", startedAt: new Date(xeroNowMs()), status: "running" });
    expect((await rejection(runJobNow("sync", users.admin!)))?.message).toMatch(/already in progress/);
    await getDb().update(jobRuns).set({ status: "ok" }).where(eq(jobRuns.holder, "elsewhere"));
  });

  it("queues the run for the lease holder when another process holds the lease", async () => {
    await getDb()
      .insert(jobLeases)
      .values({ name: "background", holder: "other-process", expiresAt: new Date(xeroNowMs() + 60_000) });
    expect(await runJobNow("sync", users.admin!)).toEqual({ runId: null, queued: true });
    expect(await pendingRequests()).toEqual({ sync: { by: users.admin!.email, at: expect.any(String) } });
  });
});
