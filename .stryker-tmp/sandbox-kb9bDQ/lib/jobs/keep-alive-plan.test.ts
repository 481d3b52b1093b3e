// @ts-nocheck
import { describe, expect, it } from "vitest";
import { DAY_MS } from "@/lib/clock";
import { backoffMs, grantsDueForKeepAlive } from "./keep-alive-plan";

const now = new Date("2026-11-24T12:00:00Z");
const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);

describe("grantsDueForKeepAlive", () => {
  it("refreshes grants whose refresh token is older than the margin", () => {
    const due = grantsDueForKeepAlive(
      [
        { id: "old", refreshObtainedAt: ago(8), lastRefreshFailedAt: null, failureCount: 0 },
        { id: "fresh", refreshObtainedAt: ago(2), lastRefreshFailedAt: null, failureCount: 0 },
        { id: "never", refreshObtainedAt: null, lastRefreshFailedAt: null, failureCount: 0 },
      ],
      now,
      7,
    );
    expect(due).toEqual(["old", "never"]);
  });

  it("backs off after failures", () => {
    const candidates = [
      { id: "just-failed", refreshObtainedAt: ago(30), lastRefreshFailedAt: new Date(now.getTime() - 30 * 60 * 1000), failureCount: 1 },
      { id: "failed-long-ago", refreshObtainedAt: ago(30), lastRefreshFailedAt: ago(2), failureCount: 3 },
    ];
    expect(grantsDueForKeepAlive(candidates, now, 7)).toEqual(["failed-long-ago"]);
  });

  it("never waits more than a day between tries", () => {
    expect(backoffMs(1)).toBe(2 * 60 * 60 * 1000);
    expect(backoffMs(50)).toBe(DAY_MS);
  });
});
