// @ts-nocheck
import { describe, expect, it } from "vitest";
import { isRefreshInFlight, refreshOnce } from "./single-flight";

describe("refreshOnce", () => {
  it("shares one call between concurrent callers of the same key", async () => {
    let calls = 0;
    let release!: (v: string) => void;
    const fn = () => {
      calls++;
      return new Promise<string>((r) => (release = r));
    };
    const all = Promise.all(Array.from({ length: 50 }, () => refreshOnce("grant-1", fn)));
    await Promise.resolve();
    expect(isRefreshInFlight("grant-1")).toBe(true);
    release("new-token-set");
    expect(new Set(await all)).toEqual(new Set(["new-token-set"]));
    expect(calls).toBe(1);
    expect(isRefreshInFlight("grant-1")).toBe(false);
  });
  it("keeps different keys apart and starts afresh once settled", async () => {
    let calls = 0;
    const fn = async () => ++calls;
    const [a, b] = await Promise.all([refreshOnce("a", fn), refreshOnce("b", fn)]);
    expect(a).not.toBe(b);
    expect(await refreshOnce("a", fn)).toBe(3);
  });
  it("shares a failure, including a synchronous throw, then forgets it", async () => {
    const boom = () => {
      throw new Error("invalid_grant");
    };
    const results = await Promise.allSettled([refreshOnce("g", boom), refreshOnce("g", boom)]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    expect(isRefreshInFlight("g")).toBe(false);
    expect(await refreshOnce("g", async () => "ok")).toBe("ok");
  });
});
