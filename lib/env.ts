import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { z } from "zod";
import { ensurePrivateDir } from "@/lib/private-files";

// The only reader of process.env. Everything configurable is parsed and validated here once.

const boolish = z.enum(["1", "0", "true", "false", "yes", "no", "on", "off"]).transform((v) => ["1", "true", "yes", "on"].includes(v));

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  // Server processes sharing PORT (scripts/serve-workers.ts). 1: one `next start`, as before.
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
  DATA_DIR: z.string().min(1).default("data"),
  // Set: the dashboard's data lives in this Postgres database (db/engine.ts); unset or empty: SQLite in DATA_DIR.
  DATABASE_URL: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .regex(/^postgres(ql)?:\/\/\S+$/, "DATABASE_URL must be a postgres:// or postgresql:// URL")
      .optional(),
  ),
  APP_URL: z.string().url().optional(),
  ADMIN_EMAIL: z.string().email().optional(),
  ADMIN_PASSWORD: z.string().min(12, "ADMIN_PASSWORD must be at least 12 characters").optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  ENCRYPTION_KEY: z.string().optional(),
  ENCRYPTION_KEY_ID: z
    .string()
    .regex(/^[a-z0-9]{1,16}$/)
    .default("k1"),
  ENCRYPTION_PREVIOUS_KEYS: z.string().default(""),
  XERO_MODE: z.enum(["sandbox", "live"]).default("sandbox"),
  // The sandbox names Xero's own hosts (issuer https://identity.xero.com) for a TLS front that maps them to it.
  SANDBOX_XERO_HOSTNAMES: boolish.default(false),
  SEED_DEMO: boolish.optional(),
  SESSION_IDLE_HOURS: z.coerce.number().positive().default(12),
  SIGN_IN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  JOBS_ENABLED: boolish.default(true),
  JOBS_TICK_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  JOBS_LEASE_SECONDS: z.coerce.number().int().min(5).max(3600).default(300),
  API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
  // Off: webhooks go only to public addresses. On: also loopback and private networks (your own receivers).
  WEBHOOK_ALLOW_PRIVATE_TARGETS: boolish.default(false),
});

export type Env = z.infer<typeof envSchema> & {
  dataDir: string;
  appUrl: string;
  authSecret: string;
  encryptionKeys: { current: string; keys: Map<string, Buffer> };
  seedDemo: boolean;
};

let cached: Env | undefined;

/** Parsed configuration. Generated secrets are kept in DATA_DIR/secrets.json unless the environment provides them. */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const raw = parsed.data;
  const dataDir = path.resolve(raw.DATA_DIR);
  const generated = raw.AUTH_SECRET && raw.ENCRYPTION_KEY ? undefined : loadOrCreateSecrets(dataDir);
  const currentKey = raw.ENCRYPTION_KEY ?? generated!.encryptionKey;
  const keys = new Map<string, Buffer>();
  for (const entry of raw.ENCRYPTION_PREVIOUS_KEYS.split(",").filter(Boolean)) {
    const [id, value] = entry.split(":");
    if (!id || !value) throw new Error("Invalid configuration: ENCRYPTION_PREVIOUS_KEYS must be id:base64key,id:base64key");
    keys.set(id, decodeKey(value, `ENCRYPTION_PREVIOUS_KEYS (${id})`));
  }
  keys.set(raw.ENCRYPTION_KEY_ID, decodeKey(currentKey, "ENCRYPTION_KEY"));
  cached = {
    ...raw,
    dataDir,
    appUrl: (raw.APP_URL ?? `http://localhost:${raw.PORT}`).replace(/\/$/, ""),
    authSecret: raw.AUTH_SECRET ?? generated!.authSecret,
    encryptionKeys: { current: raw.ENCRYPTION_KEY_ID, keys },
    seedDemo: raw.SEED_DEMO ?? raw.XERO_MODE === "sandbox",
  };
  return cached;
}

/** Forget the parsed configuration (tests that change the environment between cases). */
export function resetEnvForTests() {
  cached = undefined;
}

function decodeKey(value: string, name: string): Buffer {
  const key = Buffer.from(value, "base64");
  if (key.length !== 32) throw new Error(`Invalid configuration: ${name} must be 32 bytes, base64-encoded`);
  return key;
}

type GeneratedSecrets = { authSecret: string; encryptionKey: string };

function loadOrCreateSecrets(dataDir: string): GeneratedSecrets {
  const file = path.join(dataDir, "secrets.json");
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8")) as GeneratedSecrets;
  ensurePrivateDir(dataDir);
  const secrets: GeneratedSecrets = {
    authSecret: crypto.randomBytes(32).toString("base64url"),
    encryptionKey: crypto.randomBytes(32).toString("base64"),
  };
  // "wx" fails if another process created the file first; then use theirs.
  try {
    fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600, flag: "wx" });
    return secrets;
  } catch {
    return JSON.parse(fs.readFileSync(file, "utf8")) as GeneratedSecrets;
  }
}

/** Whether the built-in Xero sandbox (and its clock controls) is on. */
export function isSandboxMode(): boolean {
  return env().XERO_MODE === "sandbox";
}
