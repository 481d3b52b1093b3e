import { sql, type SQL } from "drizzle-orm";
import { AppError } from "@/lib/errors";

// Keyset pagination for the REST API: the cursor is the last row's sort key, so page 1,000 costs what
// page 1 does. Every key column sorts in the same direction so one row-value comparison finds the next row.

export type Key = Array<string | number>;

export const encodeCursor = (key: Key) => Buffer.from(JSON.stringify(key)).toString("base64url");

function decodeCursor(cursor: string, length: number): Key | null {
  try {
    const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    return Array.isArray(key) && key.length === length && key.every((v) => typeof v === "string" || typeof v === "number") ? key : null;
  } catch {
    return null;
  }
}

/** The condition "after the cursor" for these key columns; undefined without a cursor; 400 for a cursor that is not ours. */
export function afterCursor(columns: SQL[], cursor: string | undefined, descending = false): SQL | undefined {
  if (!cursor) return undefined;
  const key = decodeCursor(cursor, columns.length);
  if (!key) throw new AppError("bad_request", "The cursor is not valid: pass the nextCursor of the previous page unchanged, with the same filters.");
  const left = sql.join(columns, sql`, `);
  const right = sql.join(
    key.map((v) => sql`${v}`),
    sql`, `,
  );
  return descending ? sql`(${left}) < (${right})` : sql`(${left}) > (${right})`;
}

export const orderByKey = (columns: SQL[], descending = false) => columns.map((c) => (descending ? sql`${c} desc` : sql`${c} asc`));

/** Cuts the limit + 1 rows a query fetched into a page and the cursor of the next one. */
export function pageFrom<T>(rows: T[], limit: number, keyOf: (row: T) => Key): { rows: T[]; nextCursor: string | null } {
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  return { rows: page, nextCursor: more ? encodeCursor(keyOf(page[page.length - 1]!)) : null };
}
