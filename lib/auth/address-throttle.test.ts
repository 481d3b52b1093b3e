import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/index";
import { migrateDatabase } from "@/db/migrate";
import { ADDRESS_WINDOW_MS, clientAddress, takeAddressAttempt } from "@/lib/auth/address-throttle";

const t0 = new Date("2026-12-01T08:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

beforeAll(() => migrateDatabase());

describe("takeAddressAttempt", () => {
  it("admits `limit` attempts per address in a minute, then refuses until the minute is over", () => {
    const db = getDb();
    const taken = Array.from({ length: 4 }, (_, i) => takeAddressAttempt(db, "10.0.0.1", at(i * 1000), 3));
    expect(taken).toEqual([true, true, true, false]);
    expect(takeAddressAttempt(db, "10.0.0.2", at(4000), 3)).toBe(true);
    expect(takeAddressAttempt(db, "10.0.0.1", at(ADDRESS_WINDOW_MS - 1), 3)).toBe(false);
    expect(takeAddressAttempt(db, "10.0.0.1", at(ADDRESS_WINDOW_MS), 3)).toBe(true);
    expect(takeAddressAttempt(db, "10.0.0.1", at(ADDRESS_WINDOW_MS + 1), 3)).toBe(true);
  });
});

describe("clientAddress", () => {
  it("takes the entry the nearest proxy appended", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4, 10.0.0.9" }))).toBe("10.0.0.9");
    expect(clientAddress(new Headers({ "x-forwarded-for": "::1" }))).toBe("::1");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});
