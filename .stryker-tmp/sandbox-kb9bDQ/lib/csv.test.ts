// @ts-nocheck
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
  it("ends lines with CRLF", () => {
    expect(toCsvLine(["a", 1, true])).toBe("a,1,true\r\n");
  });
});
