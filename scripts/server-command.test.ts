import path from "node:path";
import { describe, expect, it } from "vitest";
import { SERVER_MAX_OLD_SPACE_MB, serverCommand, serverEnv } from "./server-command";

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

describe("serverEnv", () => {
  it("caps V8's old space and glibc's malloc arenas for the served build, keeping the rest of the environment", () => {
    const env = serverEnv({ PORT: "3000", NODE_OPTIONS: "--enable-source-maps" });
    expect(env).toMatchObject({ PORT: "3000", NODE_OPTIONS: `--enable-source-maps --max-old-space-size=${SERVER_MAX_OLD_SPACE_MB}`, MALLOC_ARENA_MAX: "2" });
    expect(serverEnv({}).NODE_OPTIONS).toBe(`--max-old-space-size=${SERVER_MAX_OLD_SPACE_MB}`);
  });

  it("leaves an operator's own heap size and arena count alone", () => {
    expect(serverEnv({ NODE_OPTIONS: "--max-old-space-size=4096", MALLOC_ARENA_MAX: "8" })).toMatchObject({ NODE_OPTIONS: "--max-old-space-size=4096", MALLOC_ARENA_MAX: "8" });
    expect(serverEnv({ NODE_OPTIONS: "--max_old_space_size=300" }).NODE_OPTIONS).toBe("--max_old_space_size=300");
  });
});
