import { describe, expect, it } from "vitest";
import { forEachPooled } from "./pool";

const tick = () => new Promise((r) => setTimeout(r, 1));

describe("forEachPooled", () => {
  it("keeps at most `concurrency` items in flight and reaches that many", async () => {
    let inFlight = 0;
    let peak = 0;
    const done: number[] = [];
    await forEachPooled(
      Array.from({ length: 20 }, (_, i) => i),
      4,
      async (i) => {
        peak = Math.max(peak, ++inFlight);
        await tick();
        inFlight--;
        return i;
      },
      (i) => {
        done.push(i);
      },
    );
    expect(peak).toBe(4);
    expect(done.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it("runs one at a time with concurrency 1, in order, and copes with no items", async () => {
    const order: string[] = [];
    await forEachPooled(
      ["a", "b", "c"],
      1,
      async (s) => (await tick(), s),
      (s) => {
        order.push(s);
      },
    );
    expect(order).toEqual(["a", "b", "c"]);
    await forEachPooled(
      [],
      8,
      async () => 1,
      () => {
        order.push("never");
      },
    );
    expect(order).toHaveLength(3);
  });
});
