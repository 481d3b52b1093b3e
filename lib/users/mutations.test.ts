import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { auditEvents, users } from "@/db/schema";
import { testSession } from "@/lib/testing/auth-mock";
import { insertTestUser, readTestUser, type TestUser } from "@/lib/testing/users";
import { getCurrentUser } from "@/lib/auth/session";
import { verifyPassword } from "@/lib/auth/password";
import { changeUserRole, createUser, setUserActive } from "@/lib/users/mutations";
import { listUsers } from "@/lib/users/queries";
import { LAST_ADMIN_MESSAGE } from "@/lib/users/rules";
import { changeUserRoleSchema, createUserSchema, setUserActiveSchema } from "@/lib/users/schemas";
import { AppError } from "@/lib/errors";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

let admin: TestUser;
const lastAudit = async (targetId: string) => (await getDb().select().from(auditEvents).where(eq(auditEvents.targetId, targetId)).orderBy(auditEvents.id)).at(-1);
const rejection = async (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e as AppError,
  );
// The server actions check "users:manage" and parse the form (lib/actions/define.ts); these tests start after that.
const create = (input: object) => createUser(createUserSchema.parse(input), admin);
const changeRole = (input: object) => changeUserRole(changeUserRoleSchema.parse(input), admin);
const setActive = (input: object) => setUserActive(setUserActiveSchema.parse(input), admin);

beforeAll(async () => {
  await migrateConfiguredDatabase();
  // Every test starts with exactly one active admin: the one in the session.
  admin = await insertTestUser("admin");
});

beforeEach(async () => {
  await getDb().update(users).set({ active: false }).where(eq(users.role, "admin"));
  await getDb().update(users).set({ active: true }).where(eq(users.id, admin.id));
  testSession.userId = admin.id;
});

describe("createUser", () => {
  it("stores a bcrypt hash of the initial password and audits who added whom", async () => {
    const { id } = await create({ email: "  New.Person@Example.test ", name: "New Person", role: "support", password: "twelve-chars!" });
    const row = (await getDb().select().from(users).where(eq(users.id, id)).limit(1))[0]!;
    expect(row.email).toBe("new.person@example.test");
    expect(row.passwordHash).not.toContain("twelve-chars!");
    expect(await verifyPassword("twelve-chars!", row.passwordHash)).toBe(true);
    expect(await lastAudit(id)).toMatchObject({ action: "user.created", actorEmail: admin.email, targetLabel: "new.person@example.test", details: { role: "support" } });
  });

  it("answers a duplicate email (in any case) with a field error", async () => {
    await create({ email: "dup@example.test", name: "One", role: "developer", password: "long-enough-pass" });
    const error = await rejection(create({ email: "DUP@example.test", name: "Two", role: "developer", password: "long-enough-pass" }));
    expect(error).toBeInstanceOf(AppError);
    expect(error?.fieldErrors?.email?.[0]).toMatch(/already exists/);
  });

  it("validates every field", async () => {
    const parsed = createUserSchema.safeParse({ email: "not-an-email", name: "", role: "owner", password: "short" });
    const fieldErrors = parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
    expect(Object.keys(fieldErrors).sort()).toEqual(["email", "name", "password", "role"]);
    expect(fieldErrors.password?.[0]).toBe("Use at least 12 characters.");
  });
});

describe("changeUserRole and setUserActive", () => {
  it("records from and to roles", async () => {
    const dev = await insertTestUser("developer");
    expect(await changeRole({ userId: dev.id, role: "support" })).toEqual({ changed: true });
    expect((await readTestUser(dev.id))?.role).toBe("support");
    expect(await lastAudit(dev.id)).toMatchObject({ action: "user.role_changed", details: { from: "developer", to: "support" } });
    expect(await changeRole({ userId: dev.id, role: "support" })).toEqual({ changed: false });
  });

  it("refuses to demote or deactivate the last active admin, including yourself", async () => {
    expect((await rejection(changeRole({ userId: admin.id, role: "developer" })))?.message).toBe(LAST_ADMIN_MESSAGE);
    expect((await rejection(setActive({ userId: admin.id, active: "false" })))?.message).toBe(LAST_ADMIN_MESSAGE);
    expect(await readTestUser(admin.id)).toMatchObject({ role: "admin", active: true });
  });

  it("allows it once another admin is active", async () => {
    const other = await insertTestUser("admin");
    await setActive({ userId: other.id, active: "false" });
    expect(await lastAudit(other.id)).toMatchObject({ action: "user.deactivated" });
    expect(await rejection(changeRole({ userId: admin.id, role: "support" }))).toBeInstanceOf(AppError);
    await setActive({ userId: other.id, active: "true" });
    expect(await lastAudit(other.id)).toMatchObject({ action: "user.reactivated" });
    expect(await changeRole({ userId: other.id, role: "developer" })).toEqual({ changed: true });
  });

  it("ends a deactivated user's session on their next request", async () => {
    const dev = await insertTestUser("developer");
    testSession.userId = dev.id;
    expect((await getCurrentUser())?.id).toBe(dev.id);
    testSession.userId = admin.id;
    await setActive({ userId: dev.id, active: false });
    expect((await readTestUser(dev.id))?.deactivatedAt).toBeInstanceOf(Date);
    testSession.userId = dev.id;
    expect(await getCurrentUser()).toBeNull();
  });

  it("reports an unknown user as not found", async () => {
    expect((await rejection(setActive({ userId: "nope", active: false })))?.code).toBe("not_found");
  });
});

describe("listUsers", () => {
  it("pages in SQL, searches, and never returns password hashes", async () => {
    const list = await listUsers({ q: admin.email.slice(0, 12) });
    expect(list.rows.map((r) => r.id)).toContain(admin.id);
    expect(list.rows.every((r) => !("passwordHash" in r))).toBe(true);
    expect(JSON.stringify(list)).not.toMatch(/\$2[aby]\$/);
    expect((await listUsers({ page: "999" })).rows).toEqual([]);
    expect((await listUsers({ q: "%" })).total).toBe(0);
  });
});
