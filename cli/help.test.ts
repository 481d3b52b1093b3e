import { describe, expect, it } from "vitest";
import type { Io } from "./io";
import { run } from "./program";

// What a person sees before any request is sent: the help texts and the usage errors. No server needed.

async function cli(env: Record<string, string>, ...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const io: Io = { out: (t) => void (stdout += t), err: (t) => void (stderr += t), isTty: false, env };
  const code = await run(argv, io, () => Promise.reject(new Error("no request may be sent")));
  return { code, stdout, stderr };
}

const COMMANDS = ["apps", "connections", "headroom", "import", "diagnose", "token"];

describe("connection-desk --help", () => {
  it("lists every command, where the key and address come from, and the exit codes", async () => {
    const { code, stdout } = await cli({}, "--help");
    expect(code).toBe(0);
    for (const name of COMMANDS) expect(stdout).toMatch(new RegExp(`^  ${name} `, "m"));
    expect(stdout).toMatch(/CONNECTION_DESK_API_KEY +an API key/);
    expect(stdout).toMatch(/CONNECTION_DESK_URL +Connection Desk's address \(default http:\/\/localhost:3000\)/);
    expect(stdout).toMatch(/Exit codes:\n {2}0 {2}ok\n {2}1 {2}a check failed.*\n {2}2 {2}bad usage or input\n {2}3 {2}the API refused or could not be reached/);
  });

  it.each(COMMANDS)("%s --help shows its usage and an example, and sends nothing", async (name) => {
    const { code, stdout } = await cli({}, name, "--help");
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Usage: connection-desk ${name} `));
    expect(stdout).toMatch(/\nExamples:\n {2}\S/);
    // Help lines fit an 80-column terminal.
    expect(stdout.split("\n").filter((line) => line.length > 80 && !line.startsWith("  "))).toEqual([]);
  });
});

describe("usage errors name what is missing", () => {
  it("headroom without a key says how to get one, before anything else", async () => {
    const res = await cli({}, "headroom");
    expect(res.code).toBe(2);
    expect(res.stderr).toBe("connection-desk: No API key: pass --api-key or set CONNECTION_DESK_API_KEY (admins create keys under Settings → API keys).\n");
  });

  it("headroom with a key but no app asks for --app with an example", async () => {
    const res = await cli({ CONNECTION_DESK_API_KEY: "cdk_test" }, "headroom");
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/^connection-desk: headroom needs --app: .*connection-desk headroom --app "Acme Ledger Sync \(prod\)"/);
  });

  it("a bad option value points at that command's help", async () => {
    const res = await cli({ CONNECTION_DESK_API_KEY: "cdk_test" }, "headroom", "--app", "x", "--min", "five");
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/a whole number, e\.g\. 5\n\(connection-desk headroom --help shows its options\)/);
  });
});
