import { describe, expect, it } from "vitest";
import { createAppSchema } from "@/lib/apps/schemas";
import { createUserSchema } from "@/lib/users/schemas";
import { isSafeName, safeName, UNSAFE_NAME_MESSAGE } from "./safe-name";

const unsafe: [string, string][] = [
  ["NUL", "Acme\u0000Ledger"],
  ["a C0 control", "Acme\u0007"],
  ["DEL", "Acme\u007F"],
  ["a C1 control", "Acme\u0085Ledger"],
  ["a newline inside", "Acme\nLedger"],
  ["LRE U+202A", "\u202AAcme"],
  ["RLE U+202B", "\u202BAcme"],
  ["PDF U+202C", "Acme\u202C"],
  ["LRO U+202D", "\u202DAcme"],
  ["RLO U+202E", "Acme\u202Egpj.exe"],
  ["LRI U+2066", "\u2066Acme"],
  ["RLI U+2067", "\u2067Acme"],
  ["FSI U+2068", "\u2068Acme"],
  ["PDI U+2069", "Acme\u2069"],
  ["RLM U+200F", "Acme\u200F"],
  ["line separator U+2028", "Acme\u2028Ledger"],
];

describe("safe names", () => {
  it.each(unsafe)("refuses %s", (_label, value) => {
    expect(isSafeName(value)).toBe(false);
    const result = safeName({ required: "Enter a name.", tooLong: "Too long." }).safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(UNSAFE_NAME_MESSAGE);
  });

  it("accepts names in any script, with accents, emoji and punctuation", () => {
    for (const name of ["Acme Ledger Sync (prod)", "Ana Silva", "Zoë O'Brien-Smith", "陈伟", "محمد", "Bäckerei 🍞"]) {
      expect(isSafeName(name), name).toBe(true);
    }
  });

  it("is the rule of the app and user forms", () => {
    const app = createAppSchema.safeParse({ name: "Acme\u202E", environment: "production", clientId: "A".repeat(32) });
    expect(app.success).toBe(false);
    expect(app.error?.issues.find((i) => i.path[0] === "name")?.message).toBe(UNSAFE_NAME_MESSAGE);
    const user = createUserSchema.safeParse({ email: "a@example.com", name: "Ana\u0000", role: "support", password: "x".repeat(20) });
    expect(user.success).toBe(false);
    expect(user.error?.issues.find((i) => i.path[0] === "name")?.message).toBe(UNSAFE_NAME_MESSAGE);
  });
});
