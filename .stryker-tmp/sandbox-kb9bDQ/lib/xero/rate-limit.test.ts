// @ts-nocheck
import { describe, expect, it } from "vitest";
import { parseRateLimitHeaders, parseRateLimitProblem, parseRetryAfter, rateLimitProblemOf } from "./rate-limit";

const NOW = Date.parse("2026-05-01T00:00:00Z");

describe("rate-limit headers", () => {
  it("reads every budget header case-insensitively and drops absent ones", () => {
    const headers = new Headers({ "X-MinLimit-Remaining": "58", "x-daylimit-remaining": "4998", "X-AppMinLimit-Remaining": "9988" });
    expect(parseRateLimitHeaders(headers, NOW)).toEqual({ minRemaining: 58, dayRemaining: 4998, appMinRemaining: 9988 });
    expect(parseRateLimitHeaders(new Headers({ "x-appminlimit-remaining": "10" }), NOW)).toEqual({ appMinRemaining: 10 });
  });
  it("reads the 429 headers", () => {
    const headers = new Headers({ "X-Rate-Limit-Problem": "day", "Retry-After": "3600", "X-DayLimit-Remaining": "0" });
    expect(parseRateLimitHeaders(headers, NOW)).toEqual({ dayRemaining: 0, problem: "day", retryAfterSeconds: 3600 });
  });
  it("ignores junk numbers", () => {
    expect(parseRateLimitHeaders(new Headers({ "x-minlimit-remaining": "lots" }), NOW)).toEqual({});
  });
});

describe("Retry-After", () => {
  it("takes seconds or an HTTP date", () => {
    expect(parseRetryAfter("7", NOW)).toBe(7);
    expect(parseRetryAfter("0.2", NOW)).toBe(1);
    expect(parseRetryAfter(new Date(NOW + 90_000).toUTCString(), NOW)).toBe(90);
    expect(parseRetryAfter("soon", NOW)).toBeUndefined();
    expect(parseRetryAfter(null, NOW)).toBeUndefined();
  });
});

describe("which limit was hit", () => {
  it("normalises the problem header, old spellings included", () => {
    expect(parseRateLimitProblem("minute")).toBe("minute");
    expect(parseRateLimitProblem("Daily")).toBe("day");
    expect(parseRateLimitProblem("AppMinute")).toBe("appminute");
    expect(parseRateLimitProblem("concurrent")).toBe("concurrent");
    expect(parseRateLimitProblem("weird")).toBe("unknown");
    expect(parseRateLimitProblem(null)).toBeUndefined();
  });
  it("falls back to exhausted budgets when the header is missing", () => {
    expect(rateLimitProblemOf({ problem: "minute", dayRemaining: 0 })).toBe("minute");
    expect(rateLimitProblemOf({ dayRemaining: 0, minRemaining: 0 })).toBe("day");
    expect(rateLimitProblemOf({ appMinRemaining: 0 })).toBe("appminute");
    expect(rateLimitProblemOf({ minRemaining: 0 })).toBe("minute");
    expect(rateLimitProblemOf({ minRemaining: 3 })).toBe("unknown");
  });
});
