import crypto from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { decrypt, encrypt, hmac, keyIdOf, safeEqual } from "@/lib/crypto";
import { resetEnvForTests } from "@/lib/env";

const newKey = () => crypto.randomBytes(32).toString("base64");
const saved = { key: process.env.ENCRYPTION_KEY, id: process.env.ENCRYPTION_KEY_ID, previous: process.env.ENCRYPTION_PREVIOUS_KEYS };

function useKeys(current: { id: string; key: string }, previous: Array<{ id: string; key: string }> = []) {
  process.env.ENCRYPTION_KEY = current.key;
  process.env.ENCRYPTION_KEY_ID = current.id;
  process.env.ENCRYPTION_PREVIOUS_KEYS = previous.map((p) => `${p.id}:${p.key}`).join(",");
  resetEnvForTests();
}

afterEach(() => {
  for (const [name, value] of [
    ["ENCRYPTION_KEY", saved.key],
    ["ENCRYPTION_KEY_ID", saved.id],
    ["ENCRYPTION_PREVIOUS_KEYS", saved.previous],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  resetEnvForTests();
});

describe("encrypt/decrypt", () => {
  it("round-trips text, including unicode and the empty string, with a fresh IV each time", () => {
    useKeys({ id: "k1", key: newKey() });
    for (const text of ["client-secret-123", "", "ünïcødé ✓ 🔑"]) expect(decrypt(encrypt(text))).toBe(text);
    const a = encrypt("same");
    expect(a).not.toBe(encrypt("same"));
    expect(a).toMatch(/^enc:v1:k1:/);
    expect(a).not.toContain("same");
    expect(keyIdOf(a)).toBe("k1");
  });

  it("detects tampering with the ciphertext, the tag or the IV", () => {
    useKeys({ id: "k1", key: newKey() });
    const parts = encrypt("top secret value").split(":");
    const flip = (index: number) => {
      const copy = [...parts];
      const bytes = Buffer.from(copy[index]!, "base64url");
      bytes[0] = bytes[0]! ^ 1;
      copy[index] = bytes.toString("base64url");
      return copy.join(":");
    };
    for (const index of [3, 4, 5]) expect(() => decrypt(flip(index))).toThrow();
    expect(() => decrypt("plain text")).toThrow("Not an encrypted value");
  });

  it("decrypts old values after a key rotation and encrypts new ones with the new key", () => {
    const old = { id: "k1", key: newKey() };
    useKeys(old);
    const sealedWithOld = encrypt("before rotation");
    useKeys({ id: "k2", key: newKey() }, [old]);
    expect(decrypt(sealedWithOld)).toBe("before rotation");
    const sealedWithNew = encrypt("after rotation");
    expect(keyIdOf(sealedWithNew)).toBe("k2");
    expect(decrypt(sealedWithNew)).toBe("after rotation");
  });

  it("refuses a value sealed with a key that is no longer configured", () => {
    useKeys({ id: "k1", key: newKey() });
    const sealed = encrypt("orphan");
    useKeys({ id: "k2", key: newKey() });
    expect(() => decrypt(sealed)).toThrow('No encryption key with id "k1"');
  });

  it("rejects a previous key of the wrong length", () => {
    useKeys({ id: "k2", key: newKey() }, [{ id: "k1", key: Buffer.alloc(16).toString("base64") }]);
    expect(() => encrypt("x")).toThrow(/must be 32 bytes/);
  });
});

describe("hmac and safeEqual", () => {
  it("separates purposes and compares in constant time", () => {
    expect(hmac("a", "value")).toBe(hmac("a", "value"));
    expect(hmac("a", "value")).not.toBe(hmac("b", "value"));
    expect(safeEqual("abc", "abc")).toBe(true);
    expect(safeEqual("abc", "abd")).toBe(false);
    expect(safeEqual("abc", "abcd")).toBe(false);
  });
});
