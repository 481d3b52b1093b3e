import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { endUsers, endUserTags } from "@/db/schema";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { insertEndUser } from "@/lib/testing/fixtures";

// end_user_tags follows end_users.tags through the triggers of migration 0005, whoever writes end users.

const tagsOf = async (id: string) => (await getDb().select({ tag: endUserTags.tag }).from(endUserTags).where(eq(endUserTags.endUserId, id))).map((r) => r.tag).sort();

beforeAll(() => migrateConfiguredDatabase());

describe("end_user_tags", () => {
  it("is filled on insert, replaced when the tags change, and emptied when the customer goes", async () => {
    const id = await insertEndUser("tags-1", { tags: ["pro", "eu", "pro"] });
    expect(await tagsOf(id)).toEqual(["eu", "pro"]);
    await getDb()
      .update(endUsers)
      .set({ tags: ["starter"] })
      .where(eq(endUsers.id, id));
    expect(await tagsOf(id)).toEqual(["starter"]);
    await getDb().update(endUsers).set({ displayName: "Renamed" }).where(eq(endUsers.id, id));
    expect(await tagsOf(id)).toEqual(["starter"]);
    await getDb().delete(endUsers).where(eq(endUsers.id, id));
    expect(await tagsOf(id)).toEqual([]);
  });
});
