import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, dbFile, getSqlite } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { assertDatabaseReadable } from "@/db/integrity";
import { corruptMiddlePage, growDatabase } from "@/db/testing/corrupt";
import { GET as health } from "@/app/api/health/route";

// A database with a damaged page in the middle used to open, pass /api/health (select 1) and fail at
// sign-in. Start-up must refuse it with one line naming the file, and health must answer 503.

const dataDir = path.dirname(dbFile());
const damagedDir = path.join(dataDir, "damaged");
const damagedFile = path.join(damagedDir, "app.db");

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  await migrateConfiguredDatabase();
  growDatabase(getSqlite());
  closeDb();
  fs.mkdirSync(damagedDir, { recursive: true });
  fs.copyFileSync(dbFile(), damagedFile);
  console.log(`damaged page ${corruptMiddlePage(damagedFile)} of ${damagedFile}`);
});

afterAll(() => closeDb());

describe("a database with a damaged page", () => {
  it("passes the check while intact", () => {
    expect(() => assertDatabaseReadable(dbFile())).not.toThrow();
  });

  it("fails the start-up check with one line naming the file", () => {
    expect(() => assertDatabaseReadable(damagedFile)).toThrow(/^The database .+app\.db is damaged \(.+\)\. Restore it from a backup\.$/);
    try {
      assertDatabaseReadable(damagedFile);
    } catch (error) {
      expect((error as Error).message).toContain(damagedFile);
      expect((error as Error).message).not.toContain("\n");
    }
  });

  it("stops the start script before it serves", async () => {
    const port = await freePort();
    const run = spawnSync("node_modules/.bin/tsx", ["scripts/start.ts", "--no-build"], {
      env: { ...process.env, DATA_DIR: damagedDir, PORT: String(port), HOST: "127.0.0.1", NEXT_DIST_DIR: ".next-none" },
      encoding: "utf8",
      timeout: 60_000,
    });
    const lines = run.stderr.trim().split("\n");
    console.log(`start script: exit ${run.status}, stderr: ${run.stderr.trim()}`);
    expect(run.status).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Connection Desk cannot start: The database .+ is damaged/);
    expect(lines[0]).toContain(damagedFile);
  });

  it("makes /api/health answer 503 with a short reason and no path", async () => {
    expect((await health()).status).toBe(200);
    closeDb();
    fs.copyFileSync(damagedFile, dbFile());
    const res = await health();
    const body = await res.json();
    expect(res.status).toBe(503);
    expect(body).toMatchObject({ status: "degraded", db: "error", reason: "database unreadable" });
    expect(JSON.stringify(body)).not.toContain(dataDir);
  });
});
