import { describe, expect, it } from "vitest";
import { findOutsideReferences } from "./outside-references";

// Fixtures are assembled at run time so this file does not itself contain what the check forbids.
const PARENT = "..";
const up = (steps: number) => `${PARENT}/`.repeat(steps);
const absolute = (...parts: string[]) => `/${parts.join("/")}`;
const rules = (file: string, text: string) => findOutsideReferences(file, text).map((f) => f.rule);

describe("findOutsideReferences", () => {
  it("flags the team's reference folder beside the repository, in code, markdown and scripts", () => {
    expect(rules("lib/a.test.ts", `fs.readFileSync(path.join(process.cwd(), "${up(1)}shared/xero/spec.yaml"))`)).toEqual(["sibling-shared-folder"]);
    expect(rules("README.md", `Conventions: \`${up(1)}shared/design-notes.md\`.`)).toEqual(["sibling-shared-folder"]);
    expect(rules("docs/x.md", `[facts](${up(2)}shared/xero/facts.md)`)).toEqual(["sibling-shared-folder"]);
    expect(rules("scripts/x.sh", `cat ${up(1)}shared/notes`)).toEqual(["sibling-shared-folder"]);
  });

  it("flags imports and markdown links that climb above the repository root, and allows those that stay inside", () => {
    expect(rules("e2e/core/a.spec.ts", `import { signIn } from "${up(1)}support/users";`)).toEqual([]);
    expect(rules("e2e/core/a.spec.ts", `import { x } from "${up(3)}other-repo/x";`)).toEqual(["escapes-repo-root"]);
    expect(rules("scripts/b.ts", `await import("${up(1)}lib/xero-sandbox/test-server")`)).toEqual([]);
    expect(rules("docs/xero.md", `[schema](${up(1)}lib/xero-sandbox/http/contract/identity-schema.ts)`)).toEqual([]);
    expect(rules("docs/xero.md", `[elsewhere](${up(2)}elsewhere.md)`)).toEqual(["escapes-repo-root"]);
  });

  it("resolves other strings in code against the working directory (the root), unless built on __dirname", () => {
    expect(rules("lib/c.ts", `fs.readFileSync("${up(1)}secrets.json")`)).toEqual(["escapes-repo-root"]);
    expect(rules("lib/c.ts", `path.join(process.cwd(), "${PARENT}", "x")`)).toEqual(["escapes-repo-root"]);
    expect(rules("scripts/standalone/t.ts", `path.resolve(__dirname, "${PARENT}/${PARENT}")`)).toEqual([]);
    expect(rules("scripts/standalone/t.ts", `path.resolve(__dirname, "${up(3)}x")`)).toEqual(["escapes-repo-root"]);
  });

  it("flags absolute paths of a particular machine but not URLs or system tools", () => {
    expect(rules("lib/d.ts", `const spec = "${absolute("work", "shared", "x.yaml")}";`)).toEqual(["absolute-machine-path"]);
    expect(rules("README.md", `Copy it from ${absolute("home", "alex", "notes.md")}`)).toEqual(["absolute-machine-path"]);
    expect(rules("README.md", "See https://example.com/work/notes and /usr/bin/chromium")).toEqual([]);
  });

  it("reports the line and the text it found", () => {
    expect(findOutsideReferences("README.md", `intro\nsee ${up(1)}shared/design-notes.md`)).toEqual([
      { file: "README.md", line: 2, rule: "sibling-shared-folder", text: `${up(1)}shared/design-notes.md` },
    ]);
  });
});
