import { describe, expect, it } from "vitest";
import { hashPassword, needsRehash, PASSWORD_COST, verifyPassword } from "@/lib/auth/password";

// Hashes written by bcryptjs (the hasher before @node-rs/bcrypt) for "legacy-password-1".
const BCRYPTJS_2B = "$2b$10$DGCvJT6k.gvQcaiLnCdTDOj6c9iTfJ2BgczEls5ijscygcAVs0e7G";
const BCRYPTJS_2A = BCRYPTJS_2B.replace("$2b$", "$2a$");

describe("password hashing", () => {
  it("verifies the $2a$ and $2b$ hashes bcryptjs wrote", async () => {
    expect(await verifyPassword("legacy-password-1", BCRYPTJS_2B)).toBe(true);
    expect(await verifyPassword("legacy-password-1", BCRYPTJS_2A)).toBe(true);
    expect(await verifyPassword("legacy-password-2", BCRYPTJS_2B)).toBe(false);
  });

  it("hashes at the given cost and verifies its own hashes", async () => {
    const hash = await hashPassword("a-new-password", 4);
    expect(hash).toMatch(/^\$2b\$04\$/);
    expect(await verifyPassword("a-new-password", hash)).toBe(true);
  });

  it("answers false for a malformed stored hash instead of throwing", async () => {
    expect(await verifyPassword("anything", "not-a-hash")).toBe(false);
  });

  it("asks for a re-hash only below today's cost", () => {
    expect(needsRehash(BCRYPTJS_2B)).toBe(PASSWORD_COST > 10);
    expect(needsRehash("$2b$04$kiT3a2duuIE8NZ8J15rrDukgGYAKroL2cIKO4qSrYygN4Vjodsfg2")).toBe(true);
    expect(needsRehash(`$2b$${PASSWORD_COST}$C6UzMDM.H6dfI/f/IKcEeO5Wm1xVvC8m9bJtQWzb7wB0xNfJX8e0a`)).toBe(false);
    expect(needsRehash("not-a-hash")).toBe(true);
  });
});

describe("hash concurrency", () => {
  it("runs many checks at once to completion, each with its own answer", async () => {
    const hash = await hashPassword("queued-password", 4);
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => verifyPassword(i % 2 ? "queued-password" : "wrong", hash)));
    expect(answers).toEqual([false, true, false, true, false, true, false, true]);
  });
});
