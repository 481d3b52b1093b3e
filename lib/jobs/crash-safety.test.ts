import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { seedDemoData } from "@/db/seed-demo";
import { auditEvents, connections, disconnectIntents, grants, jobRuns, webhookDeliveries } from "@/db/schema";
import { DAY_MS } from "@/lib/clock";
import { env, resetEnvForTests } from "@/lib/env";
import { insertWebhook } from "@/lib/alerts/testing";
import { syncGrant } from "@/lib/connections/sync-engine";
import { finishInterruptedDisconnects } from "@/lib/connections/disconnect-recovery";
import { performDisconnect } from "@/lib/connections/disconnect-run";
import { sandboxDb } from "@/lib/xero-sandbox/db";
import { connections as sandboxConnections } from "@/lib/xero-sandbox/schema";
import { startSandboxServer } from "@/lib/xero-sandbox/test-server";
import { isJobRunning, runScheduledSync } from "./background";
import { interruptAbandonedRuns } from "./run-recovery";

// kill -9 at the worst moments, in a child process on this file's database and the sandbox over HTTP:
// after Xero answered a DELETE but before we recorded it, and half-way through a sync run. Then this
// process plays the restarted server and recovers.

let sandbox: Awaited<ReturnType<typeof startSandboxServer>>;
const admin = { id: "admin-crash", email: "admin@crash.test" };

function runChild(plan: Record<string, unknown>): Promise<{ code: number | null; signal: NodeJS.Signals | null; err: string }> {
  const origin = sandbox.baseUrl.replace(/\/sandbox\/xero$/, "");
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join("lib", "jobs", "testing", "crash-child.ts"), JSON.stringify(plan)], {
      cwd: process.cwd(),
      env: { ...process.env, DATA_DIR: env().dataDir, APP_URL: origin, XERO_MODE: "sandbox", JOBS_ENABLED: "false", LOG_LEVEL: "error", NODE_ENV: "test" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, err: err.slice(0, 2000) });
    });
  });
}

const inSandbox = (ids: string[]) =>
  new Set(
    sandboxDb()
      .select({ id: sandboxConnections.id })
      .from(sandboxConnections)
      .where(inArray(sandboxConnections.id, ids))
      .all()
      .map((c) => c.id),
  );
const ours = (ids: string[]) => getDb().select().from(connections).where(inArray(connections.id, ids));
const auditFor = (ids: string[]) =>
  getDb()
    .select()
    .from(auditEvents)
    .where(and(inArray(auditEvents.targetId, ids), eq(auditEvents.targetType, "connection")));

beforeAll(async () => {
  await migrateConfiguredDatabase();
  sandbox = await startSandboxServer();
  // This process syncs and recovers too, so it must reach the sandbox where the child does.
  process.env.APP_URL = sandbox.baseUrl.replace(/\/sandbox\/xero$/, "");
  resetEnvForTests();
  expect(await seedDemoData()).not.toBeNull();
  // A subscriber, so a false "vanished" alert would be queued where this test can see it.
  await insertWebhook("http://127.0.0.1:9/unused", ["connection.vanished"]);
  for (const g of await getDb().select({ id: grants.id }).from(grants)) expect(await syncGrant(g.id)).toMatchObject({ ok: true });
});
afterAll(() => sandbox?.close());

describe("kill -9 during a bulk disconnect", () => {
  it("finishes what Xero deleted and rolls back the rest, in the admin's name, with no vanished alert", async () => {
    // Four live connections, from the grant that has the most.
    const live = await getDb().select({ id: connections.id, grantId: connections.grantId }).from(connections).where(eq(connections.status, "active"));
    const perGrant = new Map<string, typeof live>();
    for (const c of live) perGrant.set(c.grantId, [...(perGrant.get(c.grantId) ?? []), c]);
    const group = [...perGrant.values()].sort((a, b) => b.length - a.length)[0]!;
    const ids = (group.length >= 4 ? group : live).slice(0, 4).map((c) => c.id);
    expect(ids).toHaveLength(4);

    const child = await runChild({ mode: "disconnect", after: 2, ids, actor: admin });
    expect(child.signal, child.err).toBe("SIGKILL");

    // What the crash left: Xero removed two; nothing is recorded as disconnected before Xero's list confirms
    // it, so all four still say "disconnecting".
    const gone = ids.filter((id) => !inSandbox(ids).has(id));
    expect(gone).toEqual(ids.slice(0, 2));
    const left = await ours(ids);
    expect(left.filter((c) => c.status === "disconnected").map((c) => c.id)).toEqual([]);
    expect(
      left
        .filter((c) => c.disconnectIntentId !== null)
        .map((c) => c.id)
        .sort(),
    ).toEqual([...ids].sort());
    const intent = (await getDb().select().from(disconnectIntents).limit(1))[0]!;
    expect(intent).toMatchObject({ status: "open", actorEmail: admin.email });

    // A sync before recovery must not report our own half-done disconnect as "vanished from Xero".
    for (const grantId of new Set(left.map((c) => c.grantId))) expect((await syncGrant(grantId)).vanished).toBe(0);
    expect(await getDb().select().from(webhookDeliveries).where(eq(webhookDeliveries.event, "connection.vanished"))).toEqual([]);

    // The restarted server recovers: the dead child's pid tells it the intent is abandoned.
    expect(await finishInterruptedDisconnects()).toEqual({ completed: 2, rolledBack: 2 });
    const listed = inSandbox(ids);
    for (const c of await ours(ids)) expect({ id: c.id, status: c.status === "disconnected" ? "gone" : "listed" }).toEqual({ id: c.id, status: listed.has(c.id) ? "listed" : "gone" });
    expect(await getDb().select().from(connections).where(isNotNull(connections.disconnectIntentId))).toEqual([]);
    expect((await getDb().select().from(disconnectIntents).limit(1))[0]).toMatchObject({ status: "recovered" });
    expect((await ours(ids.slice(0, 2))).map((c) => c.disconnectedBy)).toEqual([admin.email, admin.email]);

    const audit = await auditFor(ids);
    expect(audit.every((a) => a.actorEmail === admin.email)).toBe(true);
    expect(
      audit
        .filter((a) => a.action === "connection.disconnected")
        .map((a) => a.targetId)
        .sort(),
    ).toEqual(ids.slice(0, 2).sort());
    expect(
      audit
        .filter((a) => a.action === "connection.disconnect_failed")
        .map((a) => a.targetId)
        .sort(),
    ).toEqual(ids.slice(2).sort());
    expect(audit.find((a) => a.targetId === ids[1])!.details).toMatchObject({ recovered: true, reason: "crash test" });

    // And a later sync still raises no alert: everything is accounted for.
    for (const grantId of new Set(left.map((c) => c.grantId))) expect((await syncGrant(grantId)).vanished).toBe(0);
    expect(await getDb().select().from(webhookDeliveries).where(eq(webhookDeliveries.event, "connection.vanished"))).toEqual([]);
  }, 90_000);
});

describe("a disconnect that is not interrupted", () => {
  it("closes its intent, and a connection another live process is disconnecting is left to that process", async () => {
    const [mine, theirs] = (await getDb().select({ id: connections.id }).from(connections).where(eq(connections.status, "active")).limit(2)).map((c) => c.id);
    // Another machine's intent, inside its lease: not ours to touch, not abandoned.
    const { id: other } = (
      await getDb()
        .insert(disconnectIntents)
        .values({ actorEmail: "other@crash.test", holder: "other-host:1:1-abcdef", leaseExpiresAt: new Date(Date.now() + 10 * 365 * DAY_MS), startedAt: new Date(), status: "open" })
        .returning({ id: disconnectIntents.id })
    )[0]!;
    await getDb().update(connections).set({ disconnectIntentId: other }).where(eq(connections.id, theirs!));

    const results = await performDisconnect(admin, { ids: [mine!, theirs!], reason: "" });
    expect(results.map((r) => [r.id, r.ok])).toEqual([
      [theirs, false],
      [mine, true],
    ]);
    expect(results[0]!.message).toMatch(/Another disconnect of this connection is in progress/);
    expect((await ours([mine!, theirs!])).map((c) => [c.id, c.status, c.disconnectIntentId])).toEqual(
      expect.arrayContaining([
        [mine, "disconnected", null],
        [theirs, "active", other],
      ]),
    );
    expect((await getDb().select().from(disconnectIntents).where(eq(disconnectIntents.actorEmail, admin.email)).orderBy(disconnectIntents.id)).at(-1)).toMatchObject({
      status: "done",
      finishedAt: expect.any(Date),
    });
    expect(await finishInterruptedDisconnects()).toEqual({ completed: 0, rolledBack: 0 });
    expect(inSandbox([theirs!]).has(theirs!)).toBe(true);
  }, 60_000);
});

describe("kill -9 during a sync run", () => {
  it("marks the run interrupted with its partial counts, and a new sync starts at once", async () => {
    const child = await runChild({ mode: "sync", after: 2 });
    expect(child.signal, child.err).toBe("SIGKILL");
    const run = (await getDb().select().from(jobRuns).where(eq(jobRuns.kind, "sync")).limit(1))[0]!;
    expect(run).toMatchObject({ status: "running", done: 2 });
    expect(run.total).toBeGreaterThan(2);

    // Start-up recovery (scripts/start.ts) and the check before any new run both see the owner is gone.
    expect(await interruptAbandonedRuns()).toEqual([run.id]);
    expect(await isJobRunning("sync")).toBe(false);
    const interrupted = (await getDb().select().from(jobRuns).where(eq(jobRuns.id, run.id)).limit(1))[0]!;
    expect(interrupted).toMatchObject({ status: "interrupted", done: 2, summary: expect.objectContaining({ grants: 2, failed: 0 }) });
    expect(interrupted.finishedAt).not.toBeNull();

    const next = await runScheduledSync("manual: admin@crash.test");
    expect((await getDb().select().from(jobRuns).where(eq(jobRuns.id, next)).limit(1))[0]).toMatchObject({ status: "ok" });
  }, 90_000);
});
