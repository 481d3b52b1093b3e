import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";

// Who owns a run or a disconnect in flight: "host:pid:boot". `boot` is the process's start time (from
// /proc, when there is one) plus random bytes, so a later process that reuses the pid is not mistaken
// for the owner, and a process on another machine is never judged by this machine's process table.

export type Owner = { host: string; pid: number; boot: string };

/** The kernel's start time of a process (clock ticks since boot), or null where /proc is unavailable. */
export function processStartTicks(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // Field 22; the command name (field 2) may hold spaces, so count from its closing parenthesis.
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

// Next loads modules more than once per process (instrumentation and routes); globalThis keeps one id.
const perProcess = globalThis as unknown as { __connectionDeskHolder?: string };
export const PROCESS_OWNER = (perProcess.__connectionDeskHolder ??= `${os.hostname()}:${process.pid}:${processStartTicks(process.pid) ?? "x"}-${crypto.randomBytes(3).toString("hex")}`);

export function parseOwner(holder: string): Owner | null {
  const parts = holder.split(":");
  if (parts.length < 3) return null;
  const boot = parts.pop()!;
  const pid = Number(parts.pop());
  if (!Number.isInteger(pid) || pid <= 0) return null;
  return { host: parts.join(":"), pid, boot };
}

export type ProcessProbe = { self: Owner; isAlive: (pid: number) => boolean; startTicks: (pid: number) => string | null };

/**
 * Pure given the probe: whether the owning process is certainly gone. Only a process on this machine
 * can be judged; anything else (another host, an unreadable holder) waits for its lease to run out.
 */
export function ownerIsGone(holder: string, probe: ProcessProbe): boolean {
  const owner = parseOwner(holder);
  if (!owner || owner.host !== probe.self.host) return false;
  if (owner.pid === probe.self.pid) return owner.boot !== probe.self.boot;
  if (!probe.isAlive(owner.pid)) return true;
  const [ticks] = owner.boot.split("-");
  const current = probe.startTicks(owner.pid);
  // The pid is alive but started at another time: a new process reusing the number.
  return ticks !== undefined && ticks !== "x" && current !== null && current !== ticks;
}

/** Pure: a record's owner no longer works on it: lease run out, or its process provably gone. */
export function isAbandoned(record: { holder: string; leaseExpiresAtMs: number }, nowMs: number, probe: ProcessProbe): boolean {
  return record.leaseExpiresAtMs < nowMs || ownerIsGone(record.holder, probe);
}

function pidIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function thisProcessProbe(): ProcessProbe {
  return { self: parseOwner(PROCESS_OWNER)!, isAlive: pidIsAlive, startTicks: processStartTicks };
}
