import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { testSession } from "@/lib/testing/auth-mock";
import { insertTestUser, type TestUser } from "@/lib/testing/users";
import { revalidatePath } from "next/cache";
import { defineAction, defineFormAction } from "./define";

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());
vi.mock("next/cache", async () => (await import("@/lib/testing/auth-mock")).cacheModuleMock());

// The wrapper every dashboard action goes through: nothing of `run` happens for a caller who is signed
// out, lacks the permission or sent bad input.

const schema = z.object({ name: z.string().trim().min(1, "Enter a name."), tags: z.array(z.string()).default([]) });
const run = vi.fn(async (input: z.output<typeof schema>, user: { email: string }) => ({ echoed: input, by: user.email }));
const action = defineAction({ permission: "users:manage", input: schema, run });
const users: Partial<Record<"admin" | "support", TestUser>> = {};

const form = (entries: Array<[string, string]>) => {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
};

beforeAll(async () => {
  await migrateConfiguredDatabase();
  users.admin = await insertTestUser("admin");
  users.support = await insertTestUser("support");
});
beforeEach(async () => {
  run.mockClear();
  testSession.userId = users.admin!.id;
});

describe("defineAction", () => {
  it("runs with the parsed input and the signed-in user when the role has the permission", async () => {
    expect(await action({ name: "  Ada " })).toEqual({ ok: true, data: { echoed: { name: "Ada", tags: [] }, by: users.admin!.email } });
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("refuses a role without the permission as forbidden, and does not run", async () => {
    testSession.userId = users.support!.id;
    expect(await action({ name: "Ada" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(run).not.toHaveBeenCalled();
  });

  it("refuses a signed-out caller as unauthenticated, and does not run", async () => {
    testSession.userId = null;
    expect(await action({ name: "Ada" })).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(run).not.toHaveBeenCalled();
  });

  it("answers bad input with field errors, and does not run", async () => {
    expect(await action({ name: " " })).toEqual({ ok: false, code: "bad_request", error: "Some fields need attention.", fieldErrors: { name: ["Enter a name."] } });
    expect(run).not.toHaveBeenCalled();
  });

  it("checks the permission before it reads the input: a refused caller learns nothing about the fields", async () => {
    testSession.userId = users.support!.id;
    expect(await action({ name: "" })).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("reads a form, a repeated field as a list", async () => {
    const result = await action(
      form([
        ["name", "Ada"],
        ["tags", "a"],
        ["tags", "b"],
        ["$ACTION_ID_x", "ignored"],
      ]),
    );
    expect(result).toMatchObject({ ok: true, data: { echoed: { name: "Ada", tags: ["a", "b"] } } });
  });

  it("turns an unexpected error from run into an apology that hides it", async () => {
    const failing = defineAction({ permission: "users:manage", input: z.string(), run: async () => Promise.reject(new Error("disk on fire")) });
    const result = await failing("x");
    expect(result).toMatchObject({ ok: false, code: "internal" });
    expect(result.ok ? "" : result.error).not.toContain("disk on fire");
  });
});

describe("revalidate", () => {
  it("re-renders the page after a success only", async () => {
    const revalidating = defineAction({ permission: "users:manage", input: schema, run, revalidate: "/settings/users" });
    vi.mocked(revalidatePath).mockClear();
    await revalidating({ name: "" });
    expect(revalidatePath).not.toHaveBeenCalled();
    await revalidating({ name: "Ada" });
    expect(revalidatePath).toHaveBeenCalledWith("/settings/users");
  });
});

describe("defineFormAction", () => {
  it("takes useActionState's (previous state, form data) and ignores the previous state", async () => {
    const formAction = defineFormAction({ permission: "users:manage", input: schema, run });
    expect(await formAction({ ok: false }, form([["name", "Grace"]]))).toMatchObject({ ok: true, data: { echoed: { name: "Grace" } } });
    testSession.userId = users.support!.id;
    expect(await formAction(undefined, form([["name", "Grace"]]))).toMatchObject({ ok: false, code: "forbidden" });
    expect(run).toHaveBeenCalledTimes(1);
  });
});
