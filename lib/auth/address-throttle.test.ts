import { beforeAll, describe, expect, it } from "vitest";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { transact } from "@/db/steps";
import { ADDRESS_WINDOW_MS, clientAddress, takeAddressAttemptStep } from "@/lib/auth/address-throttle";

const t0 = new Date("2026-12-01T08:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

beforeAll(() => migrateConfiguredDatabase());

const takeAddressAttempt = (address: string, now: Date, limit: number) => transact((tx) => takeAddressAttemptStep(tx, address, now, limit));

describe("takeAddressAttemptStep", () => {
  it("admits `limit` attempts per address in a minute, then refuses until the minute is over", async () => {
    const taken: boolean[] = [];
    for (let i = 0; i < 4; i++) taken.push(await takeAddressAttempt("10.0.0.1", at(i * 1000), 3));
    expect(taken).toEqual([true, true, true, false]);
    expect(await takeAddressAttempt("10.0.0.2", at(4000), 3)).toBe(true);
    expect(await takeAddressAttempt("10.0.0.1", at(ADDRESS_WINDOW_MS - 1), 3)).toBe(false);
    expect(await takeAddressAttempt("10.0.0.1", at(ADDRESS_WINDOW_MS), 3)).toBe(true);
    expect(await takeAddressAttempt("10.0.0.1", at(ADDRESS_WINDOW_MS + 1), 3)).toBe(true);
  });
});

describe("clientAddress", () => {
  it("takes the entry the nearest proxy appended", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.2.3.4, 10.0.0.9" }))).toBe("10.0.0.9");
    expect(clientAddress(new Headers({ "x-forwarded-for": "::1" }))).toBe("::1");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});
