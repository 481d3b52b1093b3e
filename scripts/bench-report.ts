// Pure parts of `npm run bench`: what a scale seeds, percentiles, the targets the issue sets and the README
// table. Kept apart from the harness so they have unit tests (scripts/bench-report.test.ts).

/** At 100,000 connections: 200 apps, 20,000 organisations, 5,000 grants. Larger runs scale in proportion. */
const PER_100K = { apps: 200, organisations: 20_000, grants: 5_000 };
/**
 * The heaviest app (its page, its CSV export) has 10,000 connections at every scale: that is the largest
 * capped plan (Advanced), so a bigger single app would not be a Xero app one can have.
 */
export const BUSY_APP_CONNECTIONS = 10_000;

export type Scale = { connections: number; apps: number; organisations: number; grants: number; busyApp: number };

export function scaleFor(connections: number): Scale {
  if (!Number.isInteger(connections) || connections < 1000) throw new Error(`--connections must be a whole number of at least 1000 (got ${connections}).`);
  const f = connections / 100_000;
  return {
    connections,
    apps: Math.max(1, Math.round(PER_100K.apps * f)),
    organisations: Math.max(1, Math.round(PER_100K.organisations * f)),
    grants: Math.max(25, Math.round(PER_100K.grants * f)),
    busyApp: Math.min(BUSY_APP_CONNECTIONS, Math.floor(connections / 10)),
  };
}

/** `--connections 100000,1000000` or `--connections 1000000` (default 100,000); `_` and `k`/`m` allowed. */
export function parseConnectionsArg(argv: string[]): number[] {
  const at = argv.findIndex((a) => a === "--connections" || a.startsWith("--connections="));
  if (at < 0) return [100_000];
  const raw = argv[at]!.includes("=") ? argv[at]!.split("=")[1]! : argv[at + 1];
  if (!raw) throw new Error("--connections needs a number, e.g. --connections 1000000 or --connections 100000,1000000");
  return raw.split(",").map((part) => {
    const m = /^(\d[\d_]*)(k|m)?$/i.exec(part.trim());
    if (!m) throw new Error(`--connections: "${part}" is not a number`);
    const n = Number(m[1]!.replace(/_/g, ""));
    return m[2]?.toLowerCase() === "m" ? n * 1_000_000 : m[2]?.toLowerCase() === "k" ? n * 1000 : n;
  });
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) throw new Error("no samples");
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** `page: false` for what is not a page (a download, an API call): printed, with no ratio target. */
export type Timing = { name: string; p50: number; p95: number; page: boolean };
export type Readers = { one: number; many: number; concurrency: number; errors: number };
export type ScaleResult = { scale: Scale; seedSeconds: number; baseline: Timing; timings: Timing[]; readers: Readers; rssMb: number };
export type FirstLoad = { route: string; kb: number };
/** cpuMsPerCall: CPU each side spent per API call, so a figure from a busy machine can be read for a quiet one. */
export type SyncFigure = {
  grants: number;
  calls: number;
  seconds: number;
  perMinute: number;
  budget: number;
  tooMany: number;
  failed: number;
  concurrency: number;
  cpuMsPerCall: { sync: number; sandbox: number };
};

/** The ratio every page must stay within, against the empty page measured in the same run. */
export function pageRatioTarget(connections: number): number {
  return connections >= 1_000_000 ? 3 : 2;
}

export const TARGETS = { readersGain: 1.5, rssMb: 250, firstLoadKb: 180, syncShare: 0.9 };

export const ratio = (t: Timing, baseline: Timing) => t.p50 / baseline.p50;

/** A page meets its target when its p50 is within the ratio of the empty page's p50. */
export function pagesMet(r: ScaleResult): boolean {
  return r.timings.filter((t) => t.page).every((t) => ratio(t, r.baseline) <= pageRatioTarget(r.scale.connections));
}

export const readersMet = (r: Readers) => r.errors === 0 && r.many >= TARGETS.readersGain * r.one;
export const rssMet = (mb: number) => mb < TARGETS.rssMb;
export const firstLoadMet = (routes: FirstLoad[]) => routes.length > 0 && routes.every((r) => r.kb <= TARGETS.firstLoadKb);
export const syncMet = (s: SyncFigure) => s.tooMany === 0 && s.failed === 0 && s.perMinute >= TARGETS.syncShare * s.budget;

const ms = (n: number) => `${n.toFixed(1)} ms`;
const met = (ok: boolean) => (ok ? "met" : "**not met**");
const count = (n: number) => n.toLocaleString("en-GB");

/** The README table: one row per scenario, one column per scale, then the target and whether it was met. */
export function renderTable(results: ScaleResult[], firstLoad: FirstLoad[], sync: SyncFigure | null): string[] {
  const head = `| Scenario | ${results.map((r) => `${count(r.scale.connections)} connections`).join(" | ")} | Target | Met |`;
  const rule = `| --- | ${results.map(() => "---").join(" | ")} | --- | --- |`;
  const cells = (f: (r: ScaleResult) => string) => results.map(f).join(" | ");
  // Figures measured once per run (the build, the sync) sit in the first column.
  const once = (text: string) => results.map((_, i) => (i === 0 ? text : "(one figure per run)")).join(" | ");
  const lines = [head, rule];
  lines.push(
    `| Seeded (apps / organisations / grants), seconds to seed | ${cells((r) => `${count(r.scale.apps)} / ${count(r.scale.organisations)} / ${count(r.scale.grants)}, ${r.seedSeconds.toFixed(0)} s`)} | | |`,
  );
  lines.push(`| ${results[0]?.baseline.name ?? "Empty page"}: p50 / p95 | ${cells((r) => `${ms(r.baseline.p50)} / ${ms(r.baseline.p95)}`)} | the 1× of every ratio | |`);
  const names = results[0]?.timings.map((t) => t.name) ?? [];
  names.forEach((name, i) => {
    const page = results[0]!.timings[i]!.page;
    const target = page ? results.map((r) => `≤ ${pageRatioTarget(r.scale.connections)}×`).join(" / ") : "none (not a page)";
    const ok = page ? met(results.every((r) => ratio(r.timings[i]!, r.baseline) <= pageRatioTarget(r.scale.connections))) : "";
    lines.push(
      `| ${name}: p50 / p95 (p50 ÷ empty page) | ${cells((r) => `${ms(r.timings[i]!.p50)} / ${ms(r.timings[i]!.p95)} (${ratio(r.timings[i]!, r.baseline).toFixed(1)}×)`)} | ${target} | ${ok} |`,
    );
  });
  lines.push(
    `| /connections: ${results[0]?.readers.concurrency ?? 50} concurrent readers vs 1 reader (req/s, errors) | ${cells((r) => `${r.readers.many.toFixed(1)} vs ${r.readers.one.toFixed(1)} = ${(r.readers.many / r.readers.one).toFixed(2)}×, ${r.readers.errors} errors`)} | ≥ ${TARGETS.readersGain}×, 0 errors | ${met(results.every((r) => readersMet(r.readers)))} |`,
  );
  lines.push(`| Server memory (RSS) after the run | ${cells((r) => `${r.rssMb.toFixed(0)} MB`)} | < ${TARGETS.rssMb} MB | ${met(results.every((r) => rssMet(r.rssMb)))} |`);
  if (firstLoad.length > 0) {
    const heaviest = [...firstLoad].sort((a, b) => b.kb - a.kb)[0]!;
    const over = firstLoad.filter((r) => r.kb > TARGETS.firstLoadKb).length;
    lines.push(
      `| First-load JS, heaviest route (${heaviest.route}), gzipped | ${once(`${heaviest.kb.toFixed(1)} kB; ${over} of ${firstLoad.length} routes over ${TARGETS.firstLoadKb} kB`)} | ≤ ${TARGETS.firstLoadKb} kB every route | ${met(firstLoadMet(firstLoad))} |`,
    );
  }
  if (sync) {
    lines.push(
      `| Sync: ${count(sync.grants)} grants against the sandbox (${sync.concurrency} at once), ${count(sync.calls)} API calls | ${once(`${count(Math.round(sync.perMinute))} calls/min = ${((100 * sync.perMinute) / sync.budget).toFixed(0)} % of ${count(sync.budget)}/min, ${sync.tooMany} × 429, ${sync.failed} failed; CPU per call: sync ${sync.cpuMsPerCall.sync.toFixed(1)} ms, sandbox ${sync.cpuMsPerCall.sandbox.toFixed(1)} ms`)} | ≥ ${TARGETS.syncShare * 100} %, 0 × 429 | ${met(syncMet(sync))} |`,
    );
  }
  return lines;
}

/** First-load JS per route as a list (the README keeps it below the table). */
export function renderFirstLoad(routes: FirstLoad[]): string[] {
  return [...routes].sort((a, b) => a.route.localeCompare(b.route)).map((r) => `${r.route}: ${r.kb.toFixed(1)} kB`);
}
