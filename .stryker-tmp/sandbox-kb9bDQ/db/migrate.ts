// @ts-nocheck
import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { dbFile, getDb } from "@/db/index";

/** Applies committed migrations. Throws an error naming the file and the cause. */
export function migrateDatabase(): void {
  const file = dbFile();
  try {
    migrate(getDb(), { migrationsFolder: path.join(process.cwd(), "db/migrations") });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot open or migrate the database ${file}: ${reason}`);
  }
}
