import { describe, expect, it } from "vitest";
import { firstLoadFiles, parseReferenceManifest } from "./bench-first-load";
import { pagesMet, parseConnectionsArg, renderTable, scaleFor, syncMet, type ScaleResult, type SyncFigure } from "./bench-report";

const timing = (name: string, p50: number, page = true) => ({ name, p50, p95: p50 * 1.5, page });
function result(connections: number, pageMs: number): ScaleResult {
  return {
    scale: scaleFor(connections),
    seedSeconds: 10,
    baseline: timing("Empty page", 20),
    timings: [timing("Overview", pageMs), timing("CSV export", 500, false)],
    readers: { one: 10, many: 16, concurrency: 50, errors: 0 },
    rssMb: 200,
  };
}
const sync: SyncFigure = { grants: 5000, calls: 15000, seconds: 95, perMinute: 9474, budget: 10_000, tooMany: 0, failed: 0, concurrency: 16, cpuMsPerCall: { sync: 3, sandbox: 2 } };

describe("scaleFor", () => {
  it("seeds 200 apps, 20,000 organisations and 5,000 grants per 100,000 connections, the busy app capped at 10,000", () => {
    expect(scaleFor(100_000)).toEqual({ connections: 100_000, apps: 200, organisations: 20_000, grants: 5_000, busyApp: 10_000 });
    expect(scaleFor(1_000_000)).toEqual({ connections: 1_000_000, apps: 2_000, organisations: 200_000, grants: 50_000, busyApp: 10_000 });
    expect(scaleFor(10_000).busyApp).toBe(1_000);
    expect(() => scaleFor(10)).toThrow(/at least 1000/);
  });
});

describe("parseConnectionsArg", () => {
  it("defaults to 100,000 and reads one or several scales", () => {
    expect(parseConnectionsArg([])).toEqual([100_000]);
    expect(parseConnectionsArg(["--connections", "1000000"])).toEqual([1_000_000]);
    expect(parseConnectionsArg(["--connections=100k,1m"])).toEqual([100_000, 1_000_000]);
    expect(parseConnectionsArg(["--connections", "100_000,1_000_000"])).toEqual([100_000, 1_000_000]);
    expect(() => parseConnectionsArg(["--connections", "lots"])).toThrow(/not a number/);
  });
});

describe("targets", () => {
  it("holds pages within 2× of the empty page at 100 k and 3× at 1 M; downloads have no ratio target", () => {
    expect(pagesMet(result(100_000, 40))).toBe(true);
    expect(pagesMet(result(100_000, 41))).toBe(false);
    expect(pagesMet(result(1_000_000, 60))).toBe(true);
    expect(pagesMet(result(1_000_000, 61))).toBe(false);
  });

  it("wants 90 % of the budget with no 429 and no failed grant", () => {
    expect(syncMet(sync)).toBe(true);
    expect(syncMet({ ...sync, perMinute: 8_999 })).toBe(false);
    expect(syncMet({ ...sync, tooMany: 1 })).toBe(false);
    expect(syncMet({ ...sync, failed: 1 })).toBe(false);
  });
});

describe("renderTable", () => {
  it("has one column per scale plus target and met, on every row", () => {
    const lines = renderTable(
      [result(100_000, 30), result(1_000_000, 70)],
      [
        { route: "/", kb: 170 },
        { route: "/apps", kb: 190 },
      ],
      sync,
    );
    const columns = (line: string) => line.split("|").length;
    expect(new Set(lines.map(columns))).toEqual(new Set([columns(lines[0]!)]));
    expect(lines[0]).toBe("| Scenario | 100,000 connections | 1,000,000 connections | Target | Met |");
    const overview = lines.find((l) => l.startsWith("| Overview"))!;
    expect(overview).toContain("(1.5×)");
    expect(overview).toContain("(3.5×)");
    expect(overview.endsWith("| **not met** |")).toBe(true);
    expect(lines.find((l) => l.startsWith("| First-load JS"))).toContain("/apps");
    expect(lines.find((l) => l.startsWith("| Sync"))?.endsWith("| met |")).toBe(true);
  });
});

describe("first-load JS", () => {
  it("reads a client reference manifest and unions its entry chunks with the shared runtime", () => {
    const source = `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};
globalThis.__RSC_MANIFEST["/(dashboard)/apps/page"] = {"moduleLoading":{"prefix":""},"entryJSFiles":{"[project]/app/layout":["static/chunks/a.js"],"[project]/app/(dashboard)/apps/page":["static/chunks/a.js","static/chunks/b.js","static/chunks/c.css"]}};
`;
    expect(firstLoadFiles(parseReferenceManifest(source), ["static/chunks/runtime.js", "static/chunks/a.js"])).toEqual(["static/chunks/runtime.js", "static/chunks/a.js", "static/chunks/b.js"]);
    expect(() => parseReferenceManifest("module.exports = {}")).toThrow(/not a client reference manifest/);
  });
});
