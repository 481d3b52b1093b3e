import { describe, expect, it } from "vitest";
import { findDocCitations, findStaleCitations, headingAnchors } from "./doc-citations";

describe("headingAnchors", () => {
  it("gives GitHub's anchors: lower case, punctuation and backticks dropped, repeats numbered, fences skipped", () => {
    const md = ["# Xero: the facts", "## Refresh tokens", "### `GET /connections` answers", "## Refresh tokens", "```", "# not a heading", "```"].join("\n");
    expect([...headingAnchors(md)]).toEqual(["xero-the-facts", "refresh-tokens", "get-connections-answers", "refresh-tokens-1"]);
  });
});

describe("findDocCitations", () => {
  it("finds docs/ anchors in code and same-folder anchors in markdown", () => {
    expect(findDocCitations("lib/a.ts", "// Rotation (docs/xero.md#refresh-tokens).")).toEqual([{ file: "lib/a.ts", line: 1, doc: "docs/xero.md", anchor: "refresh-tokens" }]);
    expect(findDocCitations("docs/xero.md", "see [PKCE](#pkce) and [layout](architecture.md#layout)").map((c) => `${c.doc}#${c.anchor}`)).toEqual(["docs/xero.md#pkce", "docs/architecture.md#layout"]);
  });
});

describe("findStaleCitations", () => {
  // Assembled at run time so this file does not itself hold what the check forbids.
  const notes = (name: string, rest: string) => `${name}${rest}`;
  it("flags citations of the team's notes that are not in the repository", () => {
    for (const text of [notes("FACTS", " B7.1"), notes("FACTS", " Part A 6"), notes("FACTS", " A9"), notes("DESIGN", " §4"), notes("DESIGN", ".md §3")]) {
      expect(findStaleCitations("lib/x.ts", `// (${text})`)).toHaveLength(1);
    }
    expect(findStaleCitations("lib/x.ts", "// The FACTS here are plain words, DESIGN too")).toEqual([]);
  });
});
