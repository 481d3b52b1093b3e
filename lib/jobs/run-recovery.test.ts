import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { jobRuns } from "@/db/schema";
import { advanceClock, xeroNow } from "@/lib/clock";
import { PROCESS_OWNER } from "./owner";
import { interruptAbandonedRuns } from "./run-recovery";
import { reportProgress, RUN_LEASE_MS, startRun } from "./runs";

// Which "running" rows are runs whose owner is gone. The kill -9 case itself is in crash-safety.test.ts.

beforeAll(() => migrateConfiguredDatabase());
const statusOf = async (id: number) => (await getDb().select().from(jobRuns).where(eq(jobRuns.id, id)).limit(1))[0]!;

describe("interrupting abandoned runs", async () => {
  it("leaves this process's own run alone while it renews its lease, then interrupts it once it stops", async () => {
    const id = await startRun("sync", "schedule", PROCESS_OWNER, 3);
    await reportProgress(id, 1, { grants: 1, added: 2 });
    advanceClock(RUN_LEASE_MS - 1_000);
    expect(await interruptAbandonedRuns()).toEqual([]);
    await reportProgress(id, 2, { grants: 2, added: 2 });
    advanceClock(RUN_LEASE_MS - 1_000);
    expect(await interruptAbandonedRuns()).toEqual([]);
    advanceClock(2_000);
    expect(await interruptAbandonedRuns()).toEqual([id]);
    expect(await statusOf(id)).toMatchObject({ status: "interrupted", done: 2, summary: expect.objectContaining({ grants: 2, added: 2 }) });
  });

  it("waits for the lease of a run owned on another machine, whatever its pid", async () => {
    const id = await startRun("sync", "schedule", `elsewhere.example:${process.pid}:1-abcdef`, 2);
    expect(await interruptAbandonedRuns()).toEqual([]);
    advanceClock(RUN_LEASE_MS + 1_000);
    expect(await interruptAbandonedRuns()).toEqual([id]);
  });

  it("interrupts at once a run whose owner was an earlier process with this pid", async () => {
    const [host, pid] = PROCESS_OWNER.split(":");
    const id = await startRun("keep-alive", "schedule", `${host}:${pid}:1-000000`, 2);
    expect(await interruptAbandonedRuns()).toEqual([id]);
  });

  it("gives a run recorded before leases existed 30 minutes from its start", async () => {
    const { id } = (
      await getDb().insert(jobRuns).values({ kind: "sync", trigger: "schedule", holder: "user:someone@example.test", startedAt: xeroNow(), status: "running" }).returning({ id: jobRuns.id })
    )[0]!;
    advanceClock(29 * 60 * 1000);
    expect(await interruptAbandonedRuns()).toEqual([]);
    advanceClock(2 * 60 * 1000);
    expect(await interruptAbandonedRuns()).toEqual([id]);
    expect(await statusOf(id)).toMatchObject({ status: "interrupted", finishedAt: expect.any(Date) });
  });
});
