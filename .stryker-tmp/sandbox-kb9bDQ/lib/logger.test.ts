// @ts-nocheck
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { logger, setLogLevel } from "@/lib/logger";

let lines: string[];

beforeEach(() => {
  lines = [];
  setLogLevel("debug");
  vi.spyOn(console, "log").mockImplementation((line: string) => void lines.push(line));
  vi.spyOn(console, "error").mockImplementation((line: string) => void lines.push(line));
});

afterEach(() => {
  vi.restoreAllMocks();
  setLogLevel("error");
});

describe("logger redaction", () => {
  it("redacts secret-looking keys at any depth, including inside arrays", () => {
    logger.info("connect", {
      password: "hunter2hunter2",
      clientSecret: "cs-123",
      nested: { access_token: "at-456", refreshToken: "rt-789", Authorization: "Bearer abc", fine: "visible" },
      list: [{ cookie: "session=1" }, { code_verifier: "cv-1" }],
      key: "k-1",
    });
    const line = lines.join("\n");
    for (const secret of ["hunter2hunter2", "cs-123", "at-456", "rt-789", "Bearer abc", "session=1", "cv-1", "k-1"]) expect(line).not.toContain(secret);
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({ level: "info", message: "connect", password: "[redacted]", nested: { fine: "visible", access_token: "[redacted]" } });
  });

  it("keeps ordinary fields such as keyId and tenantId", () => {
    logger.warn("rotated", { keyId: "k2", tenantId: "t-1" });
    expect(JSON.parse(lines[0]!)).toMatchObject({ keyId: "k2", tenantId: "t-1" });
  });

  it("honours the level threshold", () => {
    setLogLevel("warn");
    logger.info("quiet");
    logger.error("loud");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).message).toBe("loud");
  });
});

describe("logger configuration", () => {
  it("takes its level from LOG_LEVEL", async () => {
    vi.resetModules();
    const { resetEnvForTests } = await import("@/lib/env");
    process.env.LOG_LEVEL = "warn";
    resetEnvForTests();
    const fresh = await import("@/lib/logger");
    fresh.logger.info("quiet");
    fresh.logger.warn("loud");
    expect(lines.map((l) => JSON.parse(l).message)).toEqual(["loud"]);
    process.env.LOG_LEVEL = "error";
    resetEnvForTests();
  });
});
