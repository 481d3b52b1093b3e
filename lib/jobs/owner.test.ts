import { describe, expect, it } from "vitest";
import { isAbandoned, ownerIsGone, parseOwner, processStartTicks, PROCESS_OWNER, thisProcessProbe, type ProcessProbe } from "./owner";

const self = { host: "web-1", pid: 100, boot: "5000-aaaaaa" };
const probe = (alive: Record<number, string>): ProcessProbe => ({ self, isAlive: (pid) => pid in alive, startTicks: (pid) => alive[pid] ?? null });

describe("run and intent owners", () => {
  it("parses host:pid:boot, hosts with colons included", () => {
    expect(parseOwner("web-1:42:77-abcdef")).toEqual({ host: "web-1", pid: 42, boot: "77-abcdef" });
    expect(parseOwner("fe80::1:42:77-ab")).toEqual({ host: "fe80::1", pid: 42, boot: "77-ab" });
    expect(parseOwner("user:someone@example.com")).toBeNull();
    expect(parseOwner("elsewhere")).toBeNull();
  });

  it("calls a same-host owner gone when its pid is dead", () => {
    expect(ownerIsGone("web-1:42:77-ab", probe({}))).toBe(true);
    expect(ownerIsGone("web-1:42:77-ab", probe({ 42: "77" }))).toBe(false);
  });

  it("is not fooled by a reused pid: another start time, or this very process with another boot id", () => {
    expect(ownerIsGone("web-1:42:77-ab", probe({ 42: "9001" }))).toBe(true);
    expect(ownerIsGone("web-1:100:4000-bbbbbb", probe({ 100: "5000" }))).toBe(true);
    expect(ownerIsGone("web-1:100:5000-aaaaaa", probe({ 100: "5000" }))).toBe(false);
  });

  it("never judges another machine's process or an unreadable holder; their lease decides", () => {
    expect(ownerIsGone("web-2:42:77-ab", probe({}))).toBe(false);
    expect(ownerIsGone("elsewhere", probe({}))).toBe(false);
    expect(isAbandoned({ holder: "web-2:42:77-ab", leaseExpiresAtMs: 1_000 }, 999, probe({}))).toBe(false);
    expect(isAbandoned({ holder: "web-2:42:77-ab", leaseExpiresAtMs: 1_000 }, 1_001, probe({}))).toBe(true);
    expect(isAbandoned({ holder: "web-1:42:77-ab", leaseExpiresAtMs: 1_000 }, 999, probe({}))).toBe(true);
  });

  it("this process is alive by its own probe, with its start time read from /proc", () => {
    expect(ownerIsGone(PROCESS_OWNER, thisProcessProbe())).toBe(false);
    expect(processStartTicks(process.pid)).toMatch(/^\d+$/);
    expect(PROCESS_OWNER.split(":").at(-1)!.split("-")[0]).toBe(processStartTicks(process.pid));
  });
});
