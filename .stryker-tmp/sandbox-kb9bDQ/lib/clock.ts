// @ts-nocheck
import fs from "node:fs";
import path from "node:path";
import { env, isSandboxMode } from "@/lib/env";

// The two sources of "now" in the codebase, named so they cannot be confused:
// - xeroNow(): Xero-protocol time (token lifetimes, staleness, keep-alive, trends). In sandbox mode the
//   sandbox's clock controls move it forward by whole days; the offset lives in DATA_DIR so every process
//   on the same data sees the same time.
// - realNow(): security time (lock-out windows, sessions, revocations, API keys, CSRF). The sandbox clock
//   never moves it, so advancing the clock cannot unlock an account or revive a signed-out cookie.

const offsetFile = () => path.join(env().dataDir, "clock-offset-ms");
let cache: { mtimeMs: number; offset: number } | undefined;

function offsetMs(): number {
  if (!isSandboxMode()) return 0;
  let mtimeMs: number;
  try {
    mtimeMs = fs.statSync(offsetFile()).mtimeMs;
  } catch {
    return 0;
  }
  if (cache?.mtimeMs !== mtimeMs) {
    const offset = Number(fs.readFileSync(offsetFile(), "utf8"));
    cache = { mtimeMs, offset: Number.isFinite(offset) ? offset : 0 };
  }
  return cache.offset;
}

/** Xero-protocol time: follows the sandbox clock. Never use it for security decisions. */
export function xeroNow(): Date {
  return new Date(xeroNowMs());
}

export function xeroNowMs(): number {
  return Date.now() + offsetMs();
}

/** Security time: the machine's clock, untouched by the sandbox clock controls. */
export function realNow(): Date {
  return new Date();
}

export function realNowMs(): number {
  return Date.now();
}

/** How far the clock has been moved forward, in milliseconds. */
export function clockOffsetMs(): number {
  return offsetMs();
}

/** Moves time forward for every process on this data directory. Sandbox mode only. */
export function advanceClock(ms: number): void {
  if (!isSandboxMode()) throw new Error("The clock can only be advanced in sandbox mode");
  if (!Number.isFinite(ms) || ms < 0) throw new Error("The clock only moves forward");
  const next = offsetMs() + ms;
  fs.mkdirSync(env().dataDir, { recursive: true });
  const tmp = `${offsetFile()}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, String(next));
  fs.renameSync(tmp, offsetFile());
  cache = undefined;
}

export const DAY_MS = 24 * 60 * 60 * 1000;
