// @ts-nocheck
import { beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "@/db/migrate";
import { isSessionRevoked, revokeSession } from "./revocation";

describe("session revocation", () => {
  beforeAll(() => migrateDatabase());

  it("remembers a revoked session id, and only that one", () => {
    revokeSession("session-a");
    revokeSession("session-a");
    expect(isSessionRevoked("session-a")).toBe(true);
    expect(isSessionRevoked("session-b")).toBe(false);
  });
});
