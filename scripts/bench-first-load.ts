// First-load JS per route for `npm run bench`, from what `next build` (Turbopack, Next 16) writes: every
// page's client reference manifest (.next/server/app/<entry>_client-reference-manifest.js) lists, in
// `entryJSFiles`, the chunks of its layouts, boundaries and page; build-manifest.json's `rootMainFiles` are
// the runtime every page loads. A route's first load is the union of both, each file gzipped.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import type { FirstLoad } from "./bench-report";

type ReferenceManifest = { entryJSFiles?: Record<string, string[]> };

/** Pure: the files a route loads first, from its reference manifest and the shared runtime files. */
export function firstLoadFiles(manifest: ReferenceManifest, rootMainFiles: string[]): string[] {
  return [...new Set([...rootMainFiles, ...Object.values(manifest.entryJSFiles ?? {}).flat()])].filter((f) => f.endsWith(".js"));
}

/** Reads `globalThis.__RSC_MANIFEST[entry] = {...}` without running the file. */
export function parseReferenceManifest(source: string): ReferenceManifest {
  const marker = source.indexOf("__RSC_MANIFEST[");
  const at = marker < 0 ? -1 : source.indexOf("= {", marker);
  if (at < 0) throw new Error("not a client reference manifest");
  return JSON.parse(
    source
      .slice(at + 2)
      .trim()
      .replace(/;\s*$/, ""),
  ) as ReferenceManifest;
}

export function measureFirstLoad(distDir: string): FirstLoad[] {
  const build = JSON.parse(fs.readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const routes = JSON.parse(fs.readFileSync(path.join(distDir, "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
  const gzipped = new Map<string, number>();
  const sizeOf = (file: string) => {
    if (!gzipped.has(file)) gzipped.set(file, zlib.gzipSync(fs.readFileSync(path.join(distDir, file))).length);
    return gzipped.get(file)!;
  };
  return Object.entries(routes)
    .filter(([entry]) => entry.endsWith("/page"))
    .flatMap(([entry, route]) => {
      const file = path.join(distDir, "server/app", `${entry}_client-reference-manifest.js`);
      if (!fs.existsSync(file)) return [];
      const files = firstLoadFiles(parseReferenceManifest(fs.readFileSync(file, "utf8")), build.rootMainFiles);
      return [{ route, kb: files.reduce((n, f) => n + sizeOf(f), 0) / 1024 }];
    });
}
