import { describe, expect, it } from "vitest";
import { projectCapDate, slopePerDay, type TrendPoint } from "./projection";

const series = (start: string, counts: number[]): TrendPoint[] => counts.map((count, i) => ({ day: new Date(Date.parse(`${start}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10), count }));

describe("slopePerDay", () => {
  it("fits a straight line through the points", () => {
    expect(slopePerDay(series("2026-11-01", [10, 12, 14, 16]))).toBeCloseTo(2);
    expect(slopePerDay(series("2026-11-01", [5, 5, 5]))).toBe(0);
  });

  it("uses real day gaps, not point positions", () => {
    expect(
      slopePerDay([
        { day: "2026-11-01", count: 10 },
        { day: "2026-11-11", count: 20 },
      ]),
    ).toBeCloseTo(1);
  });

  it("fits lines that do not pass through the origin, rising and falling", () => {
    expect(slopePerDay(series("2026-11-01", [100, 103, 104, 109]))).toBeCloseTo(2.8);
    expect(slopePerDay(series("2026-11-01", [9, 5, 4, 1]))).toBeCloseTo(-2.5);
    expect(
      slopePerDay([
        { day: "2026-11-01", count: 3 },
        { day: "2026-11-03", count: 4 },
      ]),
    ).toBeCloseTo(0.5);
  });

  it("needs two distinct days", () => {
    expect(slopePerDay([])).toBeNull();
    expect(slopePerDay([{ day: "2026-11-01", count: 3 }])).toBeNull();
    expect(
      slopePerDay([
        { day: "2026-11-01", count: 3 },
        { day: "2026-11-01", count: 4 },
      ]),
    ).toBeNull();
  });
});

describe("projectCapDate", () => {
  it("projects the day the cap is reached, counted from the latest point", () => {
    expect(projectCapDate(series("2026-11-01", [10, 12, 14, 16]), 25)).toEqual({ kind: "projected", perDay: expect.closeTo(2), days: 5, date: "2026-11-09" });
  });

  it("rounds partial days up: the cap is reached on the day the line crosses it", () => {
    const p = projectCapDate(series("2026-11-01", [0, 1, 2, 3]), 5.5);
    expect(p).toMatchObject({ kind: "projected", days: 3, date: "2026-11-07" });
  });

  it("says 'not growing' when flat or declining", () => {
    expect(projectCapDate(series("2026-11-01", [20, 20, 20]), 25)).toEqual({ kind: "not-growing", perDay: 0 });
    expect(projectCapDate(series("2026-11-01", [22, 21, 19]), 25)).toMatchObject({ kind: "not-growing" });
  });

  it("treats growth of under one connection in about three years as flat", () => {
    const slow = [
      { day: "2020-01-01", count: 0 },
      { day: "2025-06-23", count: 1 },
    ];
    expect(projectCapDate(slow, 25)).toMatchObject({ kind: "not-growing" });
    const slowButReal = [
      { day: "2025-01-01", count: 0 },
      { day: "2026-05-16", count: 1 },
    ];
    expect(projectCapDate(slowButReal, 2)).toMatchObject({ kind: "projected", days: 500 });
    // Exactly the threshold counts as growth.
    const atThreshold = [
      { day: "2024-01-01", count: 0 },
      { day: "2026-09-27", count: 1 },
    ];
    expect(projectCapDate(atThreshold, 2)).toMatchObject({ kind: "projected", days: 1000 });
  });

  it("says 'at the cap' when the latest count is at or over it, whatever the trend", () => {
    expect(projectCapDate(series("2026-11-01", [30, 27, 25]), 25)).toEqual({ kind: "at-cap", cap: 25, count: 25 });
    expect(projectCapDate([{ day: "2026-11-01", count: 26 }], 25)).toMatchObject({ kind: "at-cap" });
  });

  it("needs at least two days of data, and a cap", () => {
    expect(projectCapDate([{ day: "2026-11-01", count: 3 }], 5)).toEqual({ kind: "insufficient-data" });
    expect(projectCapDate([], 5)).toEqual({ kind: "insufficient-data" });
    expect(projectCapDate(series("2026-11-01", [1, 2, 3]), null)).toEqual({ kind: "uncapped" });
  });

  it("looks only at the last N points, in day order", () => {
    // Fast growth long ago, flat lately: not growing.
    const points = [...series("2026-09-01", [0, 10, 20]), ...series("2026-10-01", [20, 20, 20, 20])].reverse();
    expect(projectCapDate(points, 25, 4)).toMatchObject({ kind: "not-growing" });
    expect(projectCapDate(points, 25, 7)).toMatchObject({ kind: "projected" });
  });
});
