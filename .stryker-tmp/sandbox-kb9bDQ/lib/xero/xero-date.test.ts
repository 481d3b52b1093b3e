// @ts-nocheck
import { describe, expect, it } from "vitest";
import { formatXeroDate, parseXeroDate } from "./xero-date";

describe("parseXeroDate", () => {
  it("reads seven fractional digits without a zone as UTC", () => {
    expect(parseXeroDate("2019-12-07T18:46:19.5165400")?.toISOString()).toBe("2019-12-07T18:46:19.516Z");
  });
  it("accepts Z, offsets, no fraction and the /Date()/ form", () => {
    expect(parseXeroDate("2026-03-04T21:20:07.7179250Z")?.toISOString()).toBe("2026-03-04T21:20:07.717Z");
    expect(parseXeroDate("2026-03-04T21:20:07+13:00")?.toISOString()).toBe("2026-03-04T08:20:07.000Z");
    expect(parseXeroDate("2026-03-04T21:20:07")?.toISOString()).toBe("2026-03-04T21:20:07.000Z");
    expect(parseXeroDate("/Date(1574275974000+0000)/")?.toISOString()).toBe("2019-11-20T18:52:54.000Z");
  });
  it("rejects text that is not a date", () => {
    expect(parseXeroDate("yesterday")).toBeUndefined();
    expect(parseXeroDate("")).toBeUndefined();
  });
  it("round-trips the format Xero writes", () => {
    const d = new Date("2026-01-02T03:04:05.678Z");
    expect(formatXeroDate(d)).toBe("2026-01-02T03:04:05.6780000");
    expect(parseXeroDate(formatXeroDate(d))?.getTime()).toBe(d.getTime());
  });
});
