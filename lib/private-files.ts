import fs from "node:fs";
import path from "node:path";

// DATA_DIR holds the password hashes (app.db), sealed Xero tokens and the generated secrets: only the
// account that runs Connection Desk may read it. New files are created private; start-up also tightens
// installs made before this rule (app.db used to be created 0644 under the usual umask).

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** The files in DATA_DIR that must stay private, including SQLite's WAL and shared-memory companions. */
export const PRIVATE_DATA_FILES = ["app.db", "sandbox.db", "secrets.json"].flatMap((name) => (name.endsWith(".db") ? [name, `${name}-wal`, `${name}-shm`, `${name}-journal`] : [name]));

/** Creates the directory (and missing parents) and makes it 0700. */
export function ensurePrivateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  fs.chmodSync(dir, PRIVATE_DIR_MODE);
}

/** Makes an existing file 0600; a missing file is fine (WAL files come and go). */
export function restrictFile(file: string): void {
  try {
    fs.chmodSync(file, PRIVATE_FILE_MODE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}

/**
 * Creates an SQLite file 0600 before SQLite opens it (SQLite would use the umask, and gives its -wal
 * and -shm files the main file's mode), and tightens the file and its companions if they exist.
 */
export function prepareSqliteFile(file: string): void {
  ensurePrivateDir(path.dirname(file));
  fs.closeSync(fs.openSync(file, "a", PRIVATE_FILE_MODE));
  for (const suffix of ["", "-wal", "-shm", "-journal"]) restrictFile(`${file}${suffix}`);
}

/** Tightens DATA_DIR and every private file in it (start-up of existing installs). */
export function securePrivateDataDir(dataDir: string): void {
  ensurePrivateDir(dataDir);
  for (const name of PRIVATE_DATA_FILES) restrictFile(path.join(dataDir, name));
}
