import { describe, expect, it } from "vitest";
import { csvCell, toCsvLine } from "./csv";

describe("csv", () => {
  it("quotes commas, quotes and newlines", () => {
    expect(csvCell('Acme, "Ltd"')).toBe('"Acme, ""Ltd"""');
    expect(csvCell("a\nb")).toBe('"a\nb"');
    expect(csvCell(null)).toBe("");
  });
  it("defuses spreadsheet formulas", () => {
    expect(csvCell("=HYPERLINK()")).toBe("'=HYPERLINK()");
    expect(csvCell("@SUM")).toBe("'@SUM");
  });
  it.each([
    ["leading space then =", " =1+1"],
    ["leading spaces then +", "  +1"],
    ["leading space then -", " -2"],
    ["leading space then @", " @SUM(A1)"],
    ["leading tab then =", "\t=1"],
    ["leading newline then =", "\n=1"],
    ["ideographic space then =", "\u3000=1"],
    ["non-breaking space then =", "\u00A0=1"],
    ["fullwidth equals", "\uFF1D1+1"],
    ["fullwidth plus", "\uFF0B1"],
    ["fullwidth minus", "\uFF0D1"],
    ["fullwidth at", "\uFF20SUM(A1)"],
    ["space then fullwidth equals", " \uFF1D1"],
    ["a lone tab", "\tcell"],
    ["a lone carriage return", "\rcell"],
  ])("defuses a formula with %s", (_name, value) => {
    expect(csvCell(value).replace(/^"/, "")).toMatch(/^'/);
  });
  it("leaves ordinary text and inner signs alone", () => {
    expect(csvCell("Acme = Ledger")).toBe("Acme = Ledger");
    expect(csvCell(" Acme")).toBe(" Acme");
    expect(csvCell(42)).toBe("42");
  });
  it("ends lines with CRLF", () => {
    expect(toCsvLine(["a", 1, true])).toBe("a,1,true\r\n");
  });
});
