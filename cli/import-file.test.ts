import { describe, expect, it } from "vitest";
import { parseImportFile } from "./import-file";

const token = "a-refresh-token-0123456789";

describe("parseImportFile", () => {
  it("reads appId or app name, the token and the customer; skips blank lines; numbers lines as an editor does", () => {
    const text = [
      JSON.stringify({ appId: "8f1c7a52-0000-4000-8000-000000000001", refreshToken: token, endUser: { id: "cust-1", email: "a@b.example" } }),
      "",
      JSON.stringify({ app: "Acme Ledger Sync (prod)", refreshToken: token }),
    ].join("\n");
    const { lines, problems } = parseImportFile(text);
    expect(problems).toEqual([]);
    expect(lines).toEqual([
      { lineNumber: 1, appRef: "8f1c7a52-0000-4000-8000-000000000001", refreshToken: token, endUser: { id: "cust-1", email: "a@b.example" } },
      { lineNumber: 3, appRef: "Acme Ledger Sync (prod)", refreshToken: token },
    ]);
  });

  it("names every line that needs attention and why", () => {
    const text = [
      "{not json",
      JSON.stringify({ refreshToken: token }),
      JSON.stringify({ app: "X", refreshToken: "short" }),
      JSON.stringify({ app: "X", refreshToken: token, endUser: { id: "c", email: "not-an-email" } }),
    ].join("\r\n");
    const { lines, problems } = parseImportFile(text);
    expect(lines).toEqual([]);
    expect(problems.map((p) => p.lineNumber)).toEqual([1, 2, 3, 4]);
    expect(problems[0]!.message).toMatch(/JSON/);
    expect(problems[1]!.message).toMatch(/appId or app/);
    expect(problems[2]!.message).toMatch(/refreshToken/);
    expect(problems[3]!.message).toMatch(/endUser\.email/);
  });
});
