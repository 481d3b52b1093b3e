import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findDocCitations, findStaleCitations, headingAnchors } from "./doc-citations";
import { findOutsideReferences } from "./outside-references";

// The repository stands alone: no file in it reads, imports or links anything outside it (see
// docs/architecture.md#standalone). Runs inside `npm test` with the rest of Vitest.

const ROOT = path.resolve(__dirname, "../..");
// Used only when there is no git checkout (an exported tree): what .gitignore keeps out of git.
const UNTRACKED_DIRS = new Set([".git", "node_modules", "data", ".e2e-data", ".reports", "test-results", "playwright-report"]);

/** Tracked files plus new ones git does not ignore, so a check before committing sees them too. */
function repoFiles(): string[] {
  try {
    const top = execFileSync("git", ["rev-parse", "--show-toplevel"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    if (path.resolve(top) === ROOT) {
      const out = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20 });
      return out.split("\0").filter((f) => f && fs.existsSync(path.join(ROOT, f)));
    }
  } catch {
    // not a git checkout: walk the tree instead
  }
  return walk("");
}

function walk(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return UNTRACKED_DIRS.has(entry.name) || entry.name.startsWith(".next") ? [] : walk(rel);
    return entry.isFile() ? [rel] : [];
  });
}

function textOf(file: string): string | null {
  const bytes = fs.readFileSync(path.join(ROOT, file));
  return bytes.subarray(0, 8000).includes(0) ? null : bytes.toString("utf8");
}

const texts = () =>
  repoFiles().flatMap((file) => {
    const text = textOf(file);
    return text === null ? [] : [{ file, text }];
  });

describe("the repository stands alone", () => {
  const files = texts();

  it("no file reads, imports or links outside the repository", () => {
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap(({ file, text }) => findOutsideReferences(file, text));
    console.log(`standalone check: ${files.length} files scanned, ${found.length} outside references`);
    expect(found).toEqual([]);
  });

  it("cites the in-repo docs, not the team's notes beside the repository", () => {
    expect(files.flatMap(({ file, text }) => findStaleCitations(file, text))).toEqual([]);
  });

  it("every cited docs/ section exists", () => {
    const citations = files.flatMap(({ file, text }) => findDocCitations(file, text));
    const anchorsOf = new Map<string, Set<string>>();
    const missing = citations.filter(({ doc, anchor }) => {
      if (!anchorsOf.has(doc)) anchorsOf.set(doc, fs.existsSync(path.join(ROOT, doc)) ? headingAnchors(fs.readFileSync(path.join(ROOT, doc), "utf8")) : new Set());
      return !anchorsOf.get(doc)!.has(anchor);
    });
    console.log(`standalone check: ${citations.length} docs/ citations`);
    expect(missing).toEqual([]);
  });
});
