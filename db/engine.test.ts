import path from "node:path";
import { spawnSync } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { closeDb, dbFile, getDb, getSqlite } from "@/db/index";
import { users } from "@/db/schema";
import { databaseEngine, describePostgresUrl } from "@/db/engine";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { env, resetEnvForTests } from "@/lib/env";
import { GET as health } from "@/app/api/health/route";
import { HOLDER, LEASE } from "@/lib/jobs/background";
import { releaseLease, tryAcquireLease } from "@/lib/jobs/lease";

// DATABASE_URL picks Postgres. Until the data layer runs on it, everything that would quietly fall back to
// SQLite refuses instead: the start script, and the database handle the app uses.

function withDatabaseUrl(value: string | undefined) {
  if (value === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = value;
  resetEnvForTests();
  closeDb();
}

afterEach(() => withDatabaseUrl(undefined));

describe("databaseEngine", () => {
  it("is SQLite without DATABASE_URL (or with an empty one) and Postgres with a postgres:// or postgresql:// URL", async () => {
    expect(databaseEngine()).toBe("sqlite");
    withDatabaseUrl("");
    expect(databaseEngine()).toBe("sqlite");
    withDatabaseUrl("postgres://app@db.internal:5432/desk");
    expect(databaseEngine()).toBe("postgres");
    withDatabaseUrl("postgresql://app:pw@127.0.0.1/desk?sslmode=require");
    expect(databaseEngine()).toBe("postgres");
  });

  it("refuses a DATABASE_URL for another database", async () => {
    withDatabaseUrl("mysql://app@db/desk");
    expect(() => env()).toThrow("Invalid configuration: DATABASE_URL: DATABASE_URL must be a postgres:// or postgresql:// URL");
  });

  it("keeps passwords out of the URLs it shows", async () => {
    expect(describePostgresUrl("postgresql://app:s3cret@db:5432/desk")).toBe("postgresql://app:***@db:5432/desk");
    expect(describePostgresUrl("postgresql://app@db/desk")).toBe("postgresql://app@db/desk");
  });
});

describe("with DATABASE_URL set", () => {
  it("the app's database handle is Postgres's, never quietly SQLite", async () => {
    withDatabaseUrl("postgresql://app@127.0.0.1:1/desk");
    await expect(getDb().select({ id: users.id }).from(users)).rejects.toThrow(/^Failed query: select "id" from "users"/);
    expect(() => getSqlite()).toThrow("getSqlite() is SQLite only");
  });

  it("/api/health names the engine and whether this instance holds the background lease", async () => {
    await migrateConfiguredDatabase();
    const sqlite = await health();
    expect(sqlite.status).toBe(200);
    expect(await sqlite.json()).toMatchObject({ status: "ok", db: "ok", engine: "sqlite", backgroundLease: false });
    // Once this process runs the background jobs, health says so.
    expect(await tryAcquireLease(LEASE, HOLDER, 60_000)).toBe(true);
    expect(await (await health()).json()).toMatchObject({ backgroundLease: true });
    await releaseLease(LEASE, HOLDER);
    withDatabaseUrl("postgresql://app@127.0.0.1:1/desk");
    const postgres = await health();
    expect(postgres.status).toBe(503);
    expect(await postgres.json()).toMatchObject({ status: "degraded", engine: "postgres" });
  });

  const start = (extra: Record<string, string>) => {
    const run = spawnSync("node_modules/.bin/tsx", ["scripts/start.ts", "--no-build"], {
      env: { ...process.env, DATA_DIR: path.join(path.dirname(dbFile()), "start"), DATABASE_URL: "postgresql://app:s3cret@127.0.0.1:1/desk", NEXT_DIST_DIR: ".next-none", ...extra },
      encoding: "utf8",
      timeout: 60_000,
    });
    console.log(`start script: exit ${run.status}, stderr: ${run.stderr.trim()}`);
    return run;
  };

  it("the start script wants the secrets every instance shares", () => {
    const run = start({});
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      "Connection Desk cannot start: on Postgres (DATABASE_URL) every instance must share AUTH_SECRET and ENCRYPTION_KEY: set both in the environment (README, Run on Postgres).",
    );
  });

  it("the start script stops with one line naming the database (without its password) when it cannot reach it", () => {
    const run = start({ AUTH_SECRET: "a".repeat(40), ENCRYPTION_KEY: Buffer.alloc(32, 1).toString("base64") });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(/^Connection Desk cannot start: Cannot open or migrate the Postgres database postgresql:\/\/app:\*\*\*@127\.0\.0\.1:1\/desk: .+$/);
    expect(run.stderr).not.toContain("s3cret");
  });
});
