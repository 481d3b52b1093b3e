// Reads the runners' reports and prints their summaries and one closing line "total: N passed, N failed".
// Lint, formatting, typecheck, Chromium and the build count as one check each; a missing report counts as a failure.
import fs from "node:fs";

const read = <T>(file: string): T | null => (fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as T) : null);
const status = (name: string) => (fs.existsSync(`.reports/${name}.status`) ? Number(fs.readFileSync(`.reports/${name}.status`, "utf8")) : null);

let passed = 0;
let failed = 0;
const lines: string[] = [];

for (const check of ["lint", "format", "typecheck", "chromium", "build"]) {
  const s = status(check);
  if (s === 0) passed++;
  else failed++;
  lines.push(`${check}: ${s === 0 ? "ok" : s === null ? "did not run" : `failed (exit ${s})`}`);
}

const vitest = read<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(".reports/vitest.json");
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  if (vitest.numFailedTests === 0 && status("vitest") !== 0) failed++;
  lines.push(`vitest: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed, ${vitest.numPendingTests + vitest.numTodoTests} skipped`);
} else {
  failed++;
  lines.push("vitest: no report (counted as a failure)");
}

// The whole suite on SQLite, and the smoke set on Postgres (playwright.postgres.config.ts).
for (const run of ["playwright", "playwright-postgres"]) {
  const pw = read<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(`.reports/${run}.json`);
  if (pw) {
    passed += pw.stats.expected + pw.stats.flaky;
    failed += pw.stats.unexpected;
    if (pw.stats.unexpected === 0 && status(run) !== 0) failed++;
    lines.push(`${run}: ${pw.stats.expected + pw.stats.flaky} passed, ${pw.stats.unexpected} failed, ${pw.stats.skipped} skipped`);
  } else {
    failed++;
    lines.push(`${run}: no report (counted as a failure)`);
  }
}

console.log(`\n${lines.join("\n")}`);
console.log(`total: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
