import { beforeAll, describe, expect, it, vi } from "vitest";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { testSession } from "@/lib/testing/auth-mock";
import { insertTestUser } from "@/lib/testing/users";
import { recordAudit } from "@/lib/audit/record";
import { AUDIT_PAGE_SIZE, listAuditEvents } from "@/lib/audit/queries";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

const base = Date.parse("2026-11-01T00:00:00Z");

beforeAll(async () => {
  await migrateConfiguredDatabase();
  testSession.userId = (await insertTestUser("support")).id;
  // Written out of time order on purpose: the list must sort by time, not by insertion.
  for (let i = 0; i < AUDIT_PAGE_SIZE + 5; i++) {
    const actor = i % 2 ? "odd@example.test" : "even@example.test";
    await recordAudit({ actor: { id: null, email: actor }, action: i % 3 ? "auth.sign_in" : "auth.sign_out", details: { i } }, new Date(base + ((i * 7) % 61) * 60_000));
  }
});

describe("listAuditEvents", () => {
  it("lists newest first, one page at a time", async () => {
    const first = await listAuditEvents({});
    expect(first.total).toBe(AUDIT_PAGE_SIZE + 5);
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    const times = first.rows.map((r) => r.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const second = await listAuditEvents({ page: "2" });
    expect(second.rows).toHaveLength(5);
    expect(second.rows[0]!.at.getTime()).toBeLessThanOrEqual(times.at(-1)!);
  });

  it("filters by actor email (case-insensitive input) and by action", async () => {
    const odd = await listAuditEvents({ actor: " ODD@example.test " });
    expect(odd.rows.every((r) => r.actorEmail === "odd@example.test")).toBe(true);
    const outs = await listAuditEvents({ action: "auth.sign_out", actor: "even@example.test" });
    expect(outs.total).toBeGreaterThan(0);
    expect(outs.rows.every((r) => r.action === "auth.sign_out" && r.actorEmail === "even@example.test")).toBe(true);
  });

  it("ignores an unknown action or a bad page instead of failing", async () => {
    const list = await listAuditEvents({ action: "drop table", page: "-3" });
    expect(list.page).toBe(1);
    expect(list.total).toBe(AUDIT_PAGE_SIZE + 5);
  });

  it("refuses a signed-out caller", async () => {
    const user = testSession.userId;
    testSession.userId = null;
    await expect(listAuditEvents({})).rejects.toMatchObject({ code: "unauthenticated" });
    testSession.userId = user;
  });
});
