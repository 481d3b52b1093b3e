import { env } from "@/lib/env";

// A small structured logger. Callers pass context objects; keys that look secret are redacted so a
// token or password can never reach the log by accident.

const SECRET_KEY = /pass(word)?|secret|token|authorization|cookie|code_verifier|^key$/i;
const levels = { debug: 10, info: 20, warn: 30, error: 40 } as const;
type Level = keyof typeof levels;

function redact(value: unknown, depth = 0): unknown {
  if (depth > 4 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => redact(v, depth + 1));
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_KEY.test(k) ? "[redacted]" : redact(v, depth + 1)]));
}

// LOG_LEVEL applies from the first line logged; until configuration can be read, everything from info up.
let threshold: number | undefined;
export function setLogLevel(level: Level) {
  threshold = levels[level];
}

function currentThreshold(): number {
  if (threshold === undefined) {
    try {
      threshold = levels[env().LOG_LEVEL];
    } catch {
      return levels.info;
    }
  }
  return threshold;
}

function log(level: Level, message: string, context?: Record<string, unknown>) {
  if (levels[level] < currentThreshold()) return;
  const line = JSON.stringify({ level, at: new Date().toISOString(), message, ...(context ? (redact(context) as object) : {}) });
  if (level === "error" || level === "warn") console.error(line);
  else console.log(line);
}

export const logger = {
  debug: (m: string, c?: Record<string, unknown>) => log("debug", m, c),
  info: (m: string, c?: Record<string, unknown>) => log("info", m, c),
  warn: (m: string, c?: Record<string, unknown>) => log("warn", m, c),
  error: (m: string, c?: Record<string, unknown>) => log("error", m, c),
};
