import { customType } from "drizzle-orm/pg-core";

// Postgres columns that store exactly what SQLite stores (docs/architecture.md#two-engines): times as UTC
// milliseconds, flags as 0/1, JSON as text. Raw SQL fragments (`is_demo = 0`, `at > ${ms}`) and a row-for-row
// data copy then mean the same on both engines; code sees the same Date, boolean and parsed JSON values.

/** SQLite's integer({ mode: "timestamp_ms" }): a bigint of UTC milliseconds, a Date in code. */
export const timestampMs = customType<{ data: Date; driverData: string | number }>({
  dataType: () => "bigint",
  toDriver: (value) => value.getTime(),
  // node-postgres returns int8 as a string (it may exceed 2^53; milliseconds never do).
  fromDriver: (value) => new Date(Number(value)),
});

/** SQLite's integer({ mode: "boolean" }): 0 or 1 in a smallint, a boolean in code. */
export const booleanInt = customType<{ data: boolean; driverData: number }>({
  dataType: () => "smallint",
  toDriver: (value) => (value ? 1 : 0),
  fromDriver: (value) => Number(value) === 1,
});

/** SQLite's text({ mode: "json" }): JSON text, parsed in code. The generated schema narrows it with $type. */
export const jsonText = customType<{ data: unknown; driverData: string }>({
  dataType: () => "text",
  toDriver: (value) => JSON.stringify(value),
  fromDriver: (value) => JSON.parse(value) as unknown,
});
