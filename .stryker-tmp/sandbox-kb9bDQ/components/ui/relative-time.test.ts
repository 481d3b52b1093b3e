// @ts-nocheck
import { describe, expect, it } from "vitest";
import { relativeTime } from "@/components/ui/relative-time";

const now = new Date("2026-11-23T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);

describe("relativeTime", () => {
  it("says now for the last minute", () => {
    expect(relativeTime(ago(20_000), now, "en")).toBe("now");
  });

  it("picks the largest whole unit", () => {
    expect(relativeTime(ago(5 * 60_000), now, "en")).toBe("5 minutes ago");
    expect(relativeTime(ago(3 * 3_600_000), now, "en")).toBe("3 hours ago");
    expect(relativeTime(ago(3 * 86_400_000), now, "en")).toBe("3 days ago");
    expect(relativeTime(ago(86_400_000), now, "en")).toBe("yesterday");
  });

  it("handles the future and other locales", () => {
    expect(relativeTime(new Date(now.getTime() + 2 * 3_600_000), now, "en")).toBe("in 2 hours");
    expect(relativeTime(ago(2 * 86_400_000), now, "de")).toBe("vorgestern");
  });
});
