import { describe, expect, it } from "vitest";
import { ftsPhrase, likePrefix } from "./terms";

describe("ftsPhrase", () => {
  it("quotes the text as one phrase and doubles its double quotes", () => {
    expect(ftsPhrase("Harbour")).toBe('"Harbour"');
    expect(ftsPhrase('say "hi"')).toBe('"say ""hi"""');
    expect(ftsPhrase('"')).toBe('""""');
  });

  it("leaves FTS5 operators inside the quotes, where they are literal", () => {
    expect(ftsPhrase("NEAR(a b)")).toBe('"NEAR(a b)"');
    expect(ftsPhrase("bak*")).toBe('"bak*"');
  });
});

describe("likePrefix", () => {
  it("escapes LIKE's wildcards and its escape character, then matches what follows", () => {
    expect(likePrefix("ab")).toBe("ab%");
    expect(likePrefix("%")).toBe("\\%%");
    expect(likePrefix("a_")).toBe("a\\_%");
    expect(likePrefix("\\")).toBe("\\\\%");
  });
});
