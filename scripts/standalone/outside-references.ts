import path from "node:path";

// Pure: the places in one file that reach outside the repository. A clone of this repository alone must
// run, test and explain itself, so nothing in it may read, import or link the team's reference folder
// beside the repository, climb above the repository root, or name a machine's absolute paths.

export type OutsideReference = { file: string; line: number; rule: OutsideRule; text: string };
export type OutsideRule = "sibling-shared-folder" | "escapes-repo-root" | "absolute-machine-path";

const CODE = /\.(?:[cm]?[jt]sx?)$/;
// One or more parent-folder steps (optionally after "./"), not glued to a longer path or word before it.
const UP_STEPS = /(?<![\w./~-])(?:\.\/)?(?:\.\.\/)+[^\s"'`)<>\]]*/g;
const SHARED = /^(?:\.\/)?(?:\.\.\/)+shared(?:\/|$)/;
// A module specifier: import ... from "x", export ... from "x", import("x"), require("x"), vi.mock("x").
const SPECIFIER_BEFORE = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+|\bmock\s*\(\s*)["'`]$/;
// Paths built from the file's own location resolve against its folder, like imports.
const FROM_OWN_FOLDER = /\b__dirname\b|\bimport\.meta\.(?:dirname|url)\b/;
const MACHINE_PATH = /(?<![\w.:/~-])\/(?:work|home|Users|root|mnt)\/[^\s"'`)]*/g;
// The working directory joined with a parent step passed as its own argument.
const CWD_PARENT = /process\.cwd\(\)\s*,\s*(["'`])\.\.\1/g;

/** `file` is the repository-relative path with forward slashes. */
export function findOutsideReferences(file: string, text: string): OutsideReference[] {
  const found: OutsideReference[] = [];
  const lines = text.split("\n");
  lines.forEach((lineText, index) => {
    const add = (rule: OutsideRule, match: string) => found.push({ file, line: index + 1, rule, text: match.slice(0, 120) });
    for (const m of lineText.matchAll(UP_STEPS)) {
      const target = m[0];
      if (SHARED.test(target)) add("sibling-shared-folder", target);
      else if (escapesRoot(file, target, isFileRelative(file, lineText.slice(0, m.index)))) add("escapes-repo-root", target);
    }
    for (const m of lineText.matchAll(CWD_PARENT)) add("escapes-repo-root", m[0]);
    for (const m of lineText.matchAll(MACHINE_PATH)) add("absolute-machine-path", m[0]);
  });
  return found;
}

/**
 * Imports, markdown links, prose and paths built on __dirname resolve against the file's own folder; any
 * other string in code is a path for fs or a child process, which resolve against the working directory:
 * the repository root.
 */
function isFileRelative(file: string, before: string): boolean {
  return !CODE.test(file) || SPECIFIER_BEFORE.test(before) || FROM_OWN_FOLDER.test(before);
}

function escapesRoot(file: string, target: string, fileRelative: boolean): boolean {
  const base = fileRelative ? path.posix.dirname(file) : ".";
  const resolved = path.posix.normalize(path.posix.join(base, target));
  return resolved.split("/")[0] === "..";
}
