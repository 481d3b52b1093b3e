// @ts-nocheck
import fs from "node:fs";
import path from "node:path";

// Finds every server action and route handler in the app by reading the source, so the authorisation
// matrix can fail when a new one has not been added to it.

const root = process.cwd();
const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name.startsWith(".") ? [] : walk(full);
    return [full];
  });
}

function exportedNames(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?function\s*\*?\s*([A-Za-z0-9_$]+)/g)) names.add(m[1]!);
  for (const m of source.matchAll(/export\s+(?:const|let|var)\s+([A-Za-z0-9_$]+)/g)) names.add(m[1]!);
  for (const m of source.matchAll(/export\s+(?:const|let|var)\s*\{([^}]*)\}/g)) splitList(m[1]!).forEach((n) => names.add(n));
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) splitList(m[1]!, " as ").forEach((n) => names.add(n));
  return [...names];
}

function splitList(list: string, rename = ":"): string[] {
  return list
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part && !part.startsWith("type "))
    .map((part) => (part.includes(rename) ? part.split(rename).pop()! : part).trim());
}

export type Endpoint = { file: string; name: string; kind: "action" | "route"; key: string };

/** Every export of app/**\/actions.ts and components/**\/*-action.ts, and every HTTP method of app/**\/route.ts. */
export function discoverEndpoints(): Endpoint[] {
  const files = [...walk(path.join(root, "app")), ...walk(path.join(root, "components"))].map((f) => path.relative(root, f).split(path.sep).join("/"));
  const out: Endpoint[] = [];
  for (const file of files) {
    const isRoute = /^app\/.*\broute\.(ts|tsx|js)$/.test(file);
    const isAction = /^app\/(.*\/)?actions\.(ts|tsx)$/.test(file) || /^components\/.*-action\.(ts|tsx)$/.test(file);
    if (!isRoute && !isAction) continue;
    const names = exportedNames(fs.readFileSync(path.join(root, file), "utf8"));
    for (const name of isRoute ? names.filter((n) => HTTP_METHODS.has(n)) : names) {
      out.push({ file, name, kind: isRoute ? "route" : "action", key: `${file}#${name}` });
    }
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}
