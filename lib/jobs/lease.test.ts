import { beforeAll, describe, expect, it } from "vitest";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { advanceClock } from "@/lib/clock";
import { releaseLease, tryAcquireLease } from "./lease";

const TTL = 60_000;

beforeAll(() => migrateConfiguredDatabase());

describe("background lease", () => {
  it("lets only one of two holders in, and lets the holder renew", async () => {
    expect(await tryAcquireLease("two-holders", "A", TTL)).toBe(true);
    expect(await tryAcquireLease("two-holders", "B", TTL)).toBe(false);
    expect(await tryAcquireLease("two-holders", "A", TTL)).toBe(true);
    expect(await tryAcquireLease("two-holders", "B", TTL)).toBe(false);
  });

  it("passes to another holder once it expires, and the old holder is then out", async () => {
    expect(await tryAcquireLease("expiry", "A", TTL)).toBe(true);
    advanceClock(TTL - 1_000);
    expect(await tryAcquireLease("expiry", "B", TTL)).toBe(false);
    // A did not renew, so its lease still ends at the original time.
    advanceClock(2_000);
    expect(await tryAcquireLease("expiry", "B", TTL)).toBe(true);
    expect(await tryAcquireLease("expiry", "A", TTL)).toBe(false);
  });

  it("a renewal pushes the expiry forward", async () => {
    expect(await tryAcquireLease("renewal", "A", TTL)).toBe(true);
    advanceClock(TTL / 2);
    expect(await tryAcquireLease("renewal", "A", TTL)).toBe(true);
    advanceClock(TTL / 2 + 1_000);
    expect(await tryAcquireLease("renewal", "B", TTL)).toBe(false);
  });

  it("is free at once when its holder releases it", async () => {
    expect(await tryAcquireLease("release", "A", TTL)).toBe(true);
    await releaseLease("release", "B");
    expect(await tryAcquireLease("release", "B", TTL)).toBe(false);
    await releaseLease("release", "A");
    expect(await tryAcquireLease("release", "B", TTL)).toBe(true);
  });
});
