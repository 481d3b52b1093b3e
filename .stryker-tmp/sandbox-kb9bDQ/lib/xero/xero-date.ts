// @ts-nocheck
// Xero writes dates as "2019-12-07T18:46:19.5165400": seven fractional digits and no zone, meaning UTC.
// Some sources show a trailing Z, and the Accounting API uses "/Date(1574275974000+0000)/". Accept all.

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:?\d{2})?$/i;
const MS_JSON = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/;

/** Parses a Xero date-time; returns undefined when the text is not one. */
export function parseXeroDate(text: string): Date | undefined {
  const value = text.trim();
  const ms = MS_JSON.exec(value);
  // The offset in /Date(...)/ only says which zone to display in; the number is already UTC milliseconds.
  if (ms) return new Date(Number(ms[1]));
  const m = ISO.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const millis = Number(((frac ?? "") + "000").slice(0, 3));
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), millis);
  const date = new Date(utc - zoneOffsetMs(zone));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function zoneOffsetMs(zone: string | undefined): number {
  if (!zone || zone.toUpperCase() === "Z") return 0;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
}

/** Formats a date the way Xero does (for tests and fixtures). */
export function formatXeroDate(date: Date): string {
  return `${date.toISOString().slice(0, 23)}0000`;
}
