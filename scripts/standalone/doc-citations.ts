import path from "node:path";

// Pure: citations of the in-repo docs ("docs/xero.md#refresh-tokens") and of the team's old reference notes.
// Code comments cite docs/ sections by anchor, so a renamed heading must fail a test rather than leave
// citations pointing nowhere; and citations of notes that are not in the repository help no one.

export type Citation = { file: string; line: number; doc: string; anchor: string };
export type StaleCitation = { file: string; line: number; text: string };

const DOC_ANCHOR = /\bdocs\/([\w.-]+\.md)#([\w-]+)/g;
// In markdown: [text](#anchor) and [text](other.md#anchor), resolved against the file's folder.
const MD_LINK_ANCHOR = /\]\((?:([\w./-]+\.md))?#([\w-]+)\)/g;
// Either note by name, or a note's name then a section id such as "B7.1", "Part A 6" or "§4".
const TEAM_NOTES = /\b(?:FACTS|DESIGN)(?:\s+(?:Part\s+)?[AB]\s?\d|\s+Part\s+[AB]\b|\s+§|\.md\b)/g;

export function findDocCitations(file: string, text: string): Citation[] {
  const found: Citation[] = [];
  text.split("\n").forEach((line, index) => {
    for (const m of line.matchAll(DOC_ANCHOR)) found.push({ file, line: index + 1, doc: `docs/${m[1]}`, anchor: m[2]! });
    if (!file.endsWith(".md")) return;
    for (const m of line.matchAll(MD_LINK_ANCHOR)) {
      const doc = m[1] ? path.posix.normalize(path.posix.join(path.posix.dirname(file), m[1])) : file;
      found.push({ file, line: index + 1, doc, anchor: m[2]! });
    }
  });
  return found;
}

export function findStaleCitations(file: string, text: string): StaleCitation[] {
  return text.split("\n").flatMap((line, index) => [...line.matchAll(TEAM_NOTES)].map((m) => ({ file, line: index + 1, text: m[0] })));
}

/** The anchors GitHub gives a markdown file's headings: lower case, punctuation dropped, spaces to hyphens. */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of markdown.split("\n")) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const base = heading[1]!
      .replace(/`/g, "")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}
