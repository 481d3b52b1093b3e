import path from "node:path";
import { describe, expect, it } from "vitest";
import { serverCommand } from "./server-command";

describe("serverCommand", () => {
  it("serves with `next start` itself when one process is asked for", () => {
    expect(serverCommand({ port: 3000, host: "0.0.0.0", workers: 1 })).toEqual({ command: path.join(process.cwd(), "node_modules", ".bin", "next"), args: ["start", "-p", "3000", "-H", "0.0.0.0"] });
  });

  it("serves with the cluster primary, which passes the same listen arguments to each `next start` worker", () => {
    expect(serverCommand({ port: 4204, host: "127.0.0.1", workers: 3 })).toEqual({
      command: process.execPath,
      args: ["--import", "tsx", path.join("scripts", "serve-workers.ts"), "3", "-p", "4204", "-H", "127.0.0.1"],
    });
  });
});
