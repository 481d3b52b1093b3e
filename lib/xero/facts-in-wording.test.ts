import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ORG_UNCERTIFIED_CAP, PLAN_RULES, SECURITY_ASSESSMENT_AT } from "@/lib/limits/plans";
import {
  ACCESS_TOKEN_MINUTES,
  APP_CALLS_PER_MINUTE,
  AUTH_CODE_MINUTES,
  BATCH_ITEMS_PER_REQUEST,
  formatCount,
  REFRESH_GRACE_MINUTES,
  REFRESH_TOKEN_IDLE_DAYS,
  TENANT_CALLS_PER_MINUTE,
  TENANT_CONCURRENT_CALLS,
} from "./limits";

// Issue 9: "Every Xero fact and wording lives once … Text that needs a number takes it from the constant."
// The sentences of these files may not spell a Xero date or number themselves: each must come in through
// a ${…} from lib/xero/limits.ts or lib/limits/plans.ts, so changing a constant changes every sentence.

const WORDING_FILES = [
  "lib/xero/error-messages.ts",
  "lib/connections/connect-errors.ts",
  "lib/diagnosis/explain.ts",
  "lib/diagnosis/actions-rank.ts",
  "lib/staleness/reasons.ts",
  "lib/staleness/rules.ts",
  "lib/staleness/reauth-cause.ts",
  "lib/connections/sync-outcome.ts",
];

const planNumbers = Object.values(PLAN_RULES).flatMap((r) => [r.cap, r.dayLimit]);
const FACT_NUMBERS = [
  ...new Set([
    ...planNumbers,
    BATCH_ITEMS_PER_REQUEST,
    ORG_UNCERTIFIED_CAP,
    SECURITY_ASSESSMENT_AT,
    TENANT_CALLS_PER_MINUTE,
    APP_CALLS_PER_MINUTE,
    TENANT_CONCURRENT_CALLS,
    REFRESH_TOKEN_IDLE_DAYS,
    REFRESH_GRACE_MINUTES,
    ACCESS_TOKEN_MINUTES,
    AUTH_CODE_MINUTES,
  ]),
]
  // A Custom Connection's cap of one is "a single organisation" in words, and 1 is too common to ban.
  .filter((n): n is number => n !== null && n > 1);
const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const banned = [
  { what: "a date", re: new RegExp(`\\b\\d{1,2} (?:${MONTHS}) \\d{4}\\b|\\b(?:${MONTHS}) \\d{4}\\b`) },
  ...FACT_NUMBERS.map((n) => ({ what: `the number ${n}`, re: new RegExp(`(?<![\\d,.])(?:${n}|${formatCount(n).replace(",", "\\,")})(?![\\d,]\\d)(?!\\d)`) })),
  { what: "a number of days, minutes or calls as a word-joined fact", re: /\b\d+-day\b/ },
];

/** The literal text of every string and template in a file, without what ${…} puts in. */
function literalTexts(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(path.resolve(file), "utf8"), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      // Module specifiers and object keys are not sentences.
      const key = ts.isPropertyAssignment(node.parent) && node.parent.name === node;
      if (!key && !ts.isImportDeclaration(node.parent) && !ts.isExportDeclaration(node.parent)) out.push(node.text);
    } else if (ts.isTemplateExpression(node)) {
      out.push(node.head.text, ...node.templateSpans.map((s) => s.literal.text));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

export function hardCodedFacts(texts: string[]): string[] {
  return texts.flatMap((t) => banned.filter((b) => b.re.test(t)).map((b) => `${b.what} in "${t}"`));
}

describe("Xero facts in sentences come from the constants", () => {
  it("the check finds a hard-coded date or cap and lets a ${…} pass", () => {
    expect(hardCodedFacts(["apps created since 2 March 2026 must use granular scopes"])).toContain('a date in "apps created since 2 March 2026 must use granular scopes"');
    expect(hardCodedFacts(["the plan's cap (Starter 5, Core 50, Plus 1,000, Advanced 10,000)"]).length).toBeGreaterThanOrEqual(4);
    for (const text of ["expired after 60 days unused", "Xero's 60-day idle limit", "codes last 5 minutes", "at most 2 uncertified apps"]) expect(hardCodedFacts([text])).not.toEqual([]);
    expect(hardCodedFacts(["apps created since ", " must use granular scopes", "HTTP 429", "403 AuthenticationUnsuccessful"])).toEqual([]);
  });

  it.each(WORDING_FILES)("%s spells no Xero date or number itself", (file) => {
    expect(hardCodedFacts(literalTexts(file))).toEqual([]);
  });
});
