import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openSqlite } from "@/db/index";
import { securePrivateDataDir } from "@/lib/private-files";

// DATA_DIR holds password hashes, sealed tokens and secrets: 0700 for the folder, 0600 for the files.

const mode = (file: string) => fs.statSync(file).mode & 0o777;
const dirs: string[] = [];
function scratch(): string {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "connection-desk-modes-")), "data");
  dirs.push(path.dirname(dir));
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("private data files", () => {
  it("creates a new database, its folder and its WAL files private whatever the umask", () => {
    const dir = scratch();
    const previous = process.umask(0o022);
    try {
      const sqlite = openSqlite(path.join(dir, "app.db"));
      sqlite.exec("create table t (x); insert into t values (1);");
      expect(mode(dir)).toBe(0o700);
      for (const name of ["app.db", "app.db-wal", "app.db-shm"]) expect(mode(path.join(dir, name)), name).toBe(0o600);
      sqlite.close();
    } finally {
      process.umask(previous);
    }
  });

  it("tightens an existing install made with the old modes", () => {
    const dir = scratch();
    fs.mkdirSync(dir, { recursive: true, mode: 0o755 });
    fs.chmodSync(dir, 0o755);
    const names = ["app.db", "app.db-wal", "app.db-shm", "sandbox.db", "sandbox.db-wal", "sandbox.db-shm", "secrets.json"];
    for (const name of names) fs.writeFileSync(path.join(dir, name), "", { mode: 0o644 });
    securePrivateDataDir(dir);
    expect(mode(dir)).toBe(0o700);
    for (const name of names) expect(mode(path.join(dir, name)), name).toBe(0o600);
  });
});
