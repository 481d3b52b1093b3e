import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// What a "use client" module imports ships to the browser with every page that renders it (issue 10: first-load
// JS ≤ 180 kB gzipped). zod alone was about 32 kB of the app forms and the API key form, reached through a
// constant that lived beside the schemas. Validation stays in the server actions; the forms show their field
// errors. This walks the static imports of every client module (type-only imports are erased, "use server"
// modules become references, next/dynamic's import() loads later) and refuses server-side packages.

const ROOT = path.resolve(__dirname, "..");
const SERVER_SIDE = [/^zod(\/|$)/, /^drizzle-orm(\/|$)/, /^next-auth(\/|$)/, /^server-only$/, /^pg$/, /^better-sqlite3$/, /^node:/];
const SOURCE_DIRS = ["app", "components", "lib"];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

const directive = (source: ts.SourceFile): string | undefined => {
  const first = source.statements[0];
  return first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) ? first.expression.text : undefined;
};

const parse = (file: string) => ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), "utf8"), ts.ScriptTarget.Latest, true);

/** Specifiers of the imports that survive compilation (not `import type`, not all-`type` named imports). */
function valueImports(source: ts.SourceFile): string[] {
  return source.statements.flatMap((s) => {
    if (ts.isImportDeclaration(s)) {
      const clause = s.importClause;
      if (clause?.isTypeOnly) return [];
      const named = clause?.namedBindings;
      if (clause && !clause.name && named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly)) return [];
      return [(s.moduleSpecifier as ts.StringLiteral).text];
    }
    if (ts.isExportDeclaration(s) && s.moduleSpecifier && !s.isTypeOnly) return [(s.moduleSpecifier as ts.StringLiteral).text];
    return [];
  });
}

function resolveLocal(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? specifier.slice(2) : specifier.startsWith(".") ? path.join(path.dirname(from), specifier) : null;
  if (base === null) return null;
  const found = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"].map((ext) => base + ext).find((f) => fs.existsSync(path.join(ROOT, f)) && fs.statSync(path.join(ROOT, f)).isFile());
  if (!found) throw new Error(`${from}: cannot resolve ${specifier}`);
  return found;
}

/** Every server-side package a client module reaches, with the chain of files that leads there. */
function serverReach(entry: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = parse(file);
    if (file !== entry && directive(source) === "use server") return;
    for (const specifier of valueImports(source)) {
      const local = resolveLocal(file, specifier);
      if (local) visit(local, [...chain, local]);
      else if (SERVER_SIDE.some((p) => p.test(specifier))) found.push(`${[...chain, specifier].join(" -> ")}`);
    }
  };
  visit(entry, [entry]);
  return found;
}

describe("client modules", () => {
  const clients = SOURCE_DIRS.flatMap(sourceFiles).filter((f) => directive(parse(f)) === "use client");

  it("finds the client modules", () => {
    expect(clients).toContain("components/shell/user-menu.tsx");
    expect(clients.length).toBeGreaterThan(20);
  });

  it("import no server-side package (zod, drizzle, next-auth, Node built-ins)", () => {
    expect(clients.flatMap(serverReach)).toEqual([]);
  });

  it("skips type-only imports but follows value imports", () => {
    const source = ts.createSourceFile(
      "x.ts",
      'import type { A } from "a";\nimport { type B } from "b";\nimport { type C, d } from "c";\nimport e from "e";\nexport { f } from "f";\nexport type { G } from "g";',
      ts.ScriptTarget.Latest,
    );
    expect(valueImports(source)).toEqual(["c", "e", "f"]);
  });
});
