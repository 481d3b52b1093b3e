import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { closeDb, getDb, getSqlite } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { attributeToEndUser, insertApp, insertConnection, insertEndUser, insertGrant } from "@/lib/testing/fixtures";

// An existing database (migrated to 0008, holding data) gains the search index and the per-grant counts
// with its rows already in them: the migrations backfill before their triggers take over.

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-to-0008-"));
afterAll(async () => {
  closeDb();
  fs.rmSync(folder, { recursive: true, force: true });
});

function migrateUpTo(tag: string) {
  const source = path.join(process.cwd(), "db/migrations");
  const journal = JSON.parse(fs.readFileSync(path.join(source, "meta/_journal.json"), "utf8")) as { entries: Array<{ tag: string }> };
  const entries = journal.entries.slice(0, journal.entries.findIndex((e) => e.tag === tag) + 1);
  fs.mkdirSync(path.join(folder, "meta"), { recursive: true });
  fs.writeFileSync(path.join(folder, "meta/_journal.json"), JSON.stringify({ ...journal, entries }));
  for (const e of entries) fs.copyFileSync(path.join(source, `${e.tag}.sql`), path.join(folder, `${e.tag}.sql`));
  migrate(getDb(), { migrationsFolder: folder });
}

describe("migrations search_index and grant_connection_counts on an existing database", () => {
  it("backfill the rows already there", async () => {
    migrateUpTo("0008_connection_counts");
    expect(getDb().all(sql`select name from sqlite_master where name in ('search_terms', 'grant_connection_counts')`)).toEqual([]);
    const app = await insertApp({ name: "Before Search" });
    const grant = await insertGrant(app, "Wiremu Tane");
    const made = [await insertConnection(app, grant, "Pre-existing Kumara Farm"), await insertConnection(app, grant, "Pre-existing Fern Studio")];
    getDb().run(sql`update connections set status = 'disconnected' where id = ${made[1]!.id}`);
    await attributeToEndUser(await insertEndUser("before-1", { displayName: "Aroha Before", accountName: "Before Ltd" }), grant);

    await migrateConfiguredDatabase();

    const refs = (q: string) =>
      getDb()
        .all<{ kind: string }>(sql`select kind from search_terms where id in (select rowid from search_fts where search_fts match ${`"${q}"`}) order by kind`)
        .map((r) => r.kind);
    expect(refs("kumara")).toEqual(["organisation"]);
    expect(refs("wiremu")).toEqual(["grant_email", "grant_name"]);
    expect(refs("aroha be")).toEqual(["end_user_name"]);
    expect(refs("before ltd")).toEqual(["end_user_account"]);
    expect(getDb().all(sql`select grant_id, end_user_id, status, n from grant_connection_counts order by status`)).toEqual([
      { grant_id: grant, end_user_id: expect.any(String), status: "active", n: 1 },
      { grant_id: grant, end_user_id: expect.any(String), status: "disconnected", n: 1 },
    ]);
    expect(() => getSqlite().prepare("insert into search_fts(search_fts, rank) values ('integrity-check', 1)").run()).not.toThrow();
  });
});
