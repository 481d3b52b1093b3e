import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

// The sandbox's own store (data/sandbox.db): it plays Xero, so it never shares tables with the dashboard.
// Times are UTC milliseconds from lib/clock. Secrets and tokens are kept as SHA-256 hashes only.

const ms = (name: string) => integer(name);
const bool = (name: string) => integer(name, { mode: "boolean" });

export const meta = sqliteTable("meta", { key: text("key").primaryKey(), value: text("value").notNull() });

export const signingKeys = sqliteTable("signing_keys", {
  kid: text("kid").primaryKey(),
  privateJwk: text("private_jwk").notNull(),
  publicJwk: text("public_jwk").notNull(),
  createdAt: ms("created_at").notNull(),
});

export const xeroUsers = sqliteTable(
  "xero_users",
  {
    id: text("id").primaryKey(),
    email: text("email").notNull(),
    givenName: text("given_name").notNull(),
    familyName: text("family_name").notNull(),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [uniqueIndex("xero_users_email_uq").on(t.email)],
);

export const organisations = sqliteTable("organisations", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  type: text("type", { enum: ["ORGANISATION", "PRACTICE"] }).notNull(),
  isDemo: bool("is_demo").notNull(),
  countryCode: text("country_code").notNull(),
  baseCurrency: text("base_currency").notNull(),
  shortCode: text("short_code").notNull(),
  createdAt: ms("created_at").notNull(),
});

/** Which organisations a Xero user may pick in the consent screen. */
export const memberships = sqliteTable(
  "memberships",
  {
    userId: text("user_id")
      .notNull()
      .references(() => xeroUsers.id),
    orgId: text("org_id")
      .notNull()
      .references(() => organisations.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.orgId] })],
);

export const apps = sqliteTable(
  "apps",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    plan: text("plan").notNull(),
    certified: bool("certified").notNull(),
    authType: text("auth_type", { enum: ["web", "pkce", "custom"] }).notNull(),
    clientId: text("client_id").notNull(),
    secretHash: text("secret_hash"),
    redirectUris: text("redirect_uris", { mode: "json" }).$type<string[]>().notNull(),
    countDemo: bool("count_demo").notNull().default(false),
    customOrgId: text("custom_org_id").references(() => organisations.id),
    customUserId: text("custom_user_id").references(() => xeroUsers.id),
    /** The scopes a Custom Connection was configured with in the portal; other apps ask at authorize. */
    scopes: text("scopes", { mode: "json" }).$type<string[]>().notNull().default([]),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [uniqueIndex("apps_client_id_uq").on(t.clientId)],
);

/** One user's consent to one app: scopes add up across consents (docs/xero.md#scopes). */
export const grants = sqliteTable(
  "grants",
  {
    id: text("id").primaryKey(),
    appId: text("app_id")
      .notNull()
      .references(() => apps.id),
    userId: text("user_id")
      .notNull()
      .references(() => xeroUsers.id),
    scopes: text("scopes").notNull(),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [uniqueIndex("grants_app_user_uq").on(t.appId, t.userId)],
);

export const connections = sqliteTable(
  "connections",
  {
    id: text("id").primaryKey(),
    appId: text("app_id")
      .notNull()
      .references(() => apps.id),
    userId: text("user_id")
      .notNull()
      .references(() => xeroUsers.id),
    orgId: text("org_id")
      .notNull()
      .references(() => organisations.id),
    authEventId: text("auth_event_id").notNull(),
    createdAt: ms("created_at").notNull(),
    updatedAt: ms("updated_at").notNull(),
  },
  (t) => [uniqueIndex("connections_app_user_org_uq").on(t.appId, t.userId, t.orgId), index("connections_org_idx").on(t.orgId)],
);

export const authCodes = sqliteTable("auth_codes", {
  codeHash: text("code_hash").primaryKey(),
  appId: text("app_id")
    .notNull()
    .references(() => apps.id),
  userId: text("user_id")
    .notNull()
    .references(() => xeroUsers.id),
  redirectUri: text("redirect_uri").notNull(),
  scopes: text("scopes").notNull(),
  codeChallenge: text("code_challenge"),
  nonce: text("nonce"),
  authEventId: text("auth_event_id").notNull(),
  globalSessionId: text("global_session_id").notNull(),
  authTime: ms("auth_time").notNull(),
  issuedAt: ms("issued_at").notNull(),
  usedAt: ms("used_at"),
});

/** Opaque refresh tokens; a rotated token stays usable for the grace window after rotatedAt. */
export const refreshTokens = sqliteTable(
  "refresh_tokens",
  {
    tokenHash: text("token_hash").primaryKey(),
    appId: text("app_id")
      .notNull()
      .references(() => apps.id),
    userId: text("user_id")
      .notNull()
      .references(() => xeroUsers.id),
    scopes: text("scopes").notNull(),
    authEventId: text("auth_event_id").notNull(),
    globalSessionId: text("global_session_id").notNull(),
    authTime: ms("auth_time").notNull(),
    publicClient: bool("public_client").notNull(),
    issuedAt: ms("issued_at").notNull(),
    rotatedAt: ms("rotated_at"),
    revokedAt: ms("revoked_at"),
  },
  (t) => [index("refresh_tokens_app_user_idx").on(t.appId, t.userId)],
);

export const faults = sqliteTable("faults", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  kind: text("kind", { enum: ["http-500", "delay", "rate-minute", "rate-day", "invalid-grant", "delete-ignored"] }).notNull(),
  target: text("target", { enum: ["any", "token", "connections", "organisation"] }).notNull(),
  clientId: text("client_id"),
  delayMs: integer("delay_ms").notNull().default(10_000),
  createdAt: ms("created_at").notNull(),
});

/** Rate-limit windows (rules/rate-limit.ts) by key, shared by every process that serves this sandbox. */
export const rateWindows = sqliteTable("rate_windows", {
  key: text("key").primaryKey(),
  start: ms("start").notNull(),
  count: integer("count").notNull(),
});

/** Tenant calls being answered now, for the concurrency limit. A row older than a call can take is a process that died mid-call. */
export const callsInFlight = sqliteTable(
  "calls_in_flight",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    key: text("key").notNull(),
    startedAt: ms("started_at").notNull(),
  },
  (t) => [index("calls_in_flight_key_idx").on(t.key, t.startedAt)],
);
