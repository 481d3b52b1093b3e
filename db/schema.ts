import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

// The dashboard's data model (docs/architecture.md#data-model). The sandbox keeps its own store in
// lib/xero-sandbox. Times are UTC milliseconds (Date in code). Secrets are sealed by lib/crypto before they
// get here.

const ts = (name: string) => integer(name, { mode: "timestamp_ms" });
const bool = (name: string) => integer(name, { mode: "boolean" });

export const users = sqliteTable(
  "users",
  {
    id: text("id").primaryKey(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role", { enum: ["admin", "developer", "support"] }).notNull(),
    passwordHash: text("password_hash").notNull(),
    active: bool("active").notNull().default(true),
    xeroUserId: text("xero_user_id"),
    createdAt: ts("created_at").notNull(),
    updatedAt: ts("updated_at").notNull(),
    deactivatedAt: ts("deactivated_at"),
    // Session cookies issued at or before this moment are refused; set on deactivation, so reactivating
    // a user does not revive cookies from before it (deactivatedAt is cleared on reactivation).
    sessionsNotBefore: ts("sessions_not_before"),
  },
  (t) => [uniqueIndex("users_email_uq").on(t.email), index("users_role_active_idx").on(t.role, t.active)],
);

/** Failed sign-in attempts per email, for the lock-out rule in lib/auth/lockout.ts. */
export const signInThrottle = sqliteTable("sign_in_throttle", {
  email: text("email").primaryKey(),
  failures: integer("failures").notNull(),
  windowStartedAt: ts("window_started_at").notNull(),
  lockedUntil: ts("locked_until"),
});

/** Sign-in attempts per client address in the current one-minute window (lib/auth/address-throttle.ts). */
export const signInAddressAttempts = sqliteTable(
  "sign_in_address_attempts",
  {
    address: text("address").primaryKey(),
    windowStartedAt: ts("window_started_at").notNull(),
    attempts: integer("attempts").notNull(),
  },
  (t) => [index("sign_in_address_window_idx").on(t.windowStartedAt)],
);

/** Append-only: nothing updates or deletes these rows. */
export const auditEvents = sqliteTable(
  "audit_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: ts("at").notNull(),
    actorId: text("actor_id"),
    actorEmail: text("actor_email"),
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    targetLabel: text("target_label"),
    details: text("details", { mode: "json" }).$type<Record<string, unknown>>(),
  },
  (t) => [index("audit_at_idx").on(t.at), index("audit_actor_at_idx").on(t.actorEmail, t.at), index("audit_action_at_idx").on(t.action, t.at)],
);

export const xeroApps = sqliteTable(
  "xero_apps",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    environment: text("environment", { enum: ["development", "staging", "production"] }).notNull(),
    plan: text("plan").notNull(),
    certified: bool("certified").notNull().default(false),
    clientId: text("client_id").notNull(),
    clientSecretEnc: text("client_secret_enc"),
    redirectUri: text("redirect_uri").notNull(),
    scopes: text("scopes").notNull(),
    capOverride: integer("cap_override"),
    countDemoCompanies: bool("count_demo_companies").notNull().default(false),
    planStartedAt: ts("plan_started_at"),
    notes: text("notes").notNull().default(""),
    /** Where connect sessions may send end users back to (exact origins + path prefixes). */
    allowedReturnUrls: text("allowed_return_urls", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    /** What Xero's developer portal says the app's connection count is, typed in by a developer, and when. */
    portalConnectionCount: integer("portal_connection_count"),
    portalCountReadAt: ts("portal_count_read_at"),
    createdBy: text("created_by"),
    createdAt: ts("created_at").notNull(),
    updatedAt: ts("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("apps_client_id_uq").on(t.clientId),
    index("apps_env_name_idx").on(t.environment, t.name),
    // Lists sorted by app name (connections by app, the stale view) walk the apps in order.
    index("apps_name_idx").on(t.name),
  ],
);

/** The team's own customers (their product's users), as its backend names them in connect sessions and imports. */
export const endUsers = sqliteTable(
  "end_users",
  {
    id: text("id").primaryKey(),
    /** The team's id for the user: unique, the key imports and sessions match on. */
    externalId: text("external_id").notNull(),
    email: text("email"),
    displayName: text("display_name"),
    /** The customer account (the team's customer company) the user belongs to. */
    accountId: text("account_id"),
    accountName: text("account_name"),
    tags: text("tags", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    createdAt: ts("created_at").notNull(),
    updatedAt: ts("updated_at").notNull(),
  },
  (t) => [uniqueIndex("end_users_external_uq").on(t.externalId), index("end_users_account_idx").on(t.accountId), index("end_users_email_idx").on(t.email)],
);

/**
 * One row per (tag, end user), kept by triggers on end_users (migration 0005) so every writer stays
 * correct without knowing it exists: filtering by tag is an index lookup instead of a JSON scan.
 */
export const endUserTags = sqliteTable(
  "end_user_tags",
  {
    tag: text("tag").notNull(),
    endUserId: text("end_user_id")
      .notNull()
      .references(() => endUsers.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.tag, t.endUserId] }), index("end_user_tags_user_idx").on(t.endUserId)],
);

export const grants = sqliteTable(
  "grants",
  {
    id: text("id").primaryKey(),
    appId: text("app_id")
      .notNull()
      .references(() => xeroApps.id, { onDelete: "cascade" }),
    xeroUserId: text("xero_user_id").notNull(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    authEventIds: text("auth_event_ids", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    tokenSetEnc: text("token_set_enc"),
    accessExpiresAt: ts("access_expires_at"),
    refreshObtainedAt: ts("refresh_obtained_at"),
    lastRefreshOkAt: ts("last_refresh_ok_at"),
    lastRefreshFailedAt: ts("last_refresh_failed_at"),
    lastFailureReason: text("last_failure_reason"),
    failureCount: integer("failure_count").notNull().default(0),
    status: text("status", { enum: ["active", "needs_reauth", "revoked"] })
      .notNull()
      .default("active"),
    /** How we learned of it: the dashboard's Connect, a connect session, an imported refresh token, or observed only (no token held). */
    source: text("source", { enum: ["dashboard", "connect_session", "import", "observed"] })
      .notNull()
      .default("dashboard"),
    endUserId: text("end_user_id").references(() => endUsers.id, { onDelete: "set null" }),
    /** Observed grants: when the team's product last reported its connections. */
    lastObservedAt: ts("last_observed_at"),
    createdAt: ts("created_at").notNull(),
    updatedAt: ts("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("grants_app_user_uq").on(t.appId, t.xeroUserId),
    // Partial (here and on connections): most rows name no customer, and an index full of NULLs looks so
    // unselective to SQLite's statistics (ANALYZE) that it scans the table for "end_user_id in (…)" instead.
    index("grants_end_user_idx")
      .on(t.endUserId)
      .where(sql`end_user_id is not null`),
    index("grants_status_idx").on(t.status, t.refreshObtainedAt),
    // The grants that need re-authorising (the overview's count, the connections list's "broken" filter): a
    // handful among the active ones, which statistics over grants_status_idx cannot tell apart, so SQLite
    // scanned every grant for "status != 'active'".
    index("grants_not_active_idx")
      .on(t.id)
      .where(sql`status != 'active'`),
    index("grants_email_idx").on(t.email),
    index("grants_user_idx").on(t.xeroUserId),
  ],
);

export const organisations = sqliteTable(
  "organisations",
  {
    tenantId: text("tenant_id").primaryKey(),
    name: text("name").notNull(),
    type: text("type").notNull(),
    isDemo: bool("is_demo").notNull().default(false),
    firstSeenAt: ts("first_seen_at").notNull(),
    updatedAt: ts("updated_at").notNull(),
  },
  (t) => [index("orgs_name_idx").on(t.name)],
);

export const connections = sqliteTable(
  "connections",
  {
    id: text("id").primaryKey(),
    appId: text("app_id")
      .notNull()
      .references(() => xeroApps.id, { onDelete: "cascade" }),
    grantId: text("grant_id")
      .notNull()
      .references(() => grants.id, { onDelete: "cascade" }),
    tenantId: text("tenant_id")
      .notNull()
      .references(() => organisations.tenantId),
    tenantName: text("tenant_name").notNull(),
    tenantType: text("tenant_type").notNull(),
    isDemo: bool("is_demo").notNull().default(false),
    authEventId: text("auth_event_id"),
    xeroCreatedAt: ts("xero_created_at"),
    xeroUpdatedAt: ts("xero_updated_at"),
    firstSeenAt: ts("first_seen_at").notNull(),
    lastSeenAt: ts("last_seen_at").notNull(),
    lastOkCallAt: ts("last_ok_call_at"),
    /** Last time a tenant call for this connection got 403 AuthenticationUnsuccessful (organisation gone). */
    lastForbiddenAt: ts("last_forbidden_at"),
    status: text("status", { enum: ["active", "stale", "disconnected"] })
      .notNull()
      .default("active"),
    staleReasons: text("stale_reasons", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    disconnectedAt: ts("disconnected_at"),
    disconnectedBy: text("disconnected_by"),
    /** The team's customer through whom this organisation was connected (connect session, import or observation). */
    endUserId: text("end_user_id").references(() => endUsers.id, { onDelete: "set null" }),
    /** Set while a disconnect is in flight: the row is "disconnecting" until Xero's answer is recorded. */
    disconnectIntentId: integer("disconnect_intent_id"),
  },
  (t) => [
    index("conn_end_user_idx")
      .on(t.endUserId)
      .where(sql`end_user_id is not null`),
    // Covers the cap counts (per app: live, non-demo, distinct organisations) without reading rows.
    index("conn_app_status_idx").on(t.appId, t.status, t.isDemo, t.tenantId),
    index("conn_grant_idx").on(t.grantId),
    index("conn_tenant_idx").on(t.tenantId, t.status),
    index("conn_status_seen_idx").on(t.status, t.lastSeenAt),
    // The connections list's sorts walk these in order and stop after a page (lib/connections/queries.ts
    // sortedFrom): organisation, status (then organisation: also "one status, by organisation"), created, updated.
    index("conn_tenant_name_idx").on(t.tenantName),
    index("conn_status_name_idx").on(t.status, t.tenantName),
    index("conn_created_idx").on(t.xeroCreatedAt),
    index("conn_updated_idx").on(t.xeroUpdatedAt),
    index("conn_app_auth_event_idx").on(t.appId, t.authEventId),
    index("conn_status_disconnected_idx").on(t.status, t.disconnectedAt),
    index("conn_disconnect_intent_idx").on(t.disconnectIntentId),
  ],
);

/**
 * Connections per (app, organisation, demo flag, status), kept by SQLite triggers on `connections`
 * (migration connection_counts) so every writer keeps it right and cap/overview counts read a few rows instead
 * of scanning connections. Keyed by the raw status, so a new status needs no trigger change; triggers carry
 * over to Postgres as plpgsql.
 */
export const connectionCounts = sqliteTable(
  "connection_counts",
  {
    appId: text("app_id").notNull(),
    tenantId: text("tenant_id").notNull(),
    isDemo: integer("is_demo").notNull(),
    status: text("status").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [primaryKey({ columns: [t.appId, t.tenantId, t.isDemo, t.status] }), index("connection_counts_tenant_idx").on(t.tenantId, t.status)],
);

/**
 * One row per app with live (not disconnected) connections: its cap counts, kept by triggers on
 * connection_counts (migration app_connection_counts) in the same transaction as the connection write, so the
 * overview ranks every app and the apps list counts a page of apps by reading one row each. Demo-company
 * connections are kept apart because whether they count is the app's setting (count_demo_companies).
 */
export const appConnectionCounts = sqliteTable("app_connection_counts", {
  appId: text("app_id").primaryKey(),
  /** Live connections to organisations that are not demo companies. */
  live: integer("live").notNull(),
  /** Live connections to demo companies. */
  liveDemo: integer("live_demo").notNull(),
  /** Connections in status stale (demo or not). */
  stale: integer("stale").notNull(),
  /** Organisations with at least one live connection. */
  organisations: integer("organisations").notNull(),
});

/**
 * One row per organisation with live connections to apps that take one of its two uncertified-app slots
 * (takesUncertifiedSlot, lib/limits/sql.ts): how many such apps, kept by triggers on connection_counts and
 * xero_apps (migration organisation_slot_counts) in the same transaction as the write, so "organisations at
 * the cap" is a range of the uncertified_apps index instead of a grouping of every organisation's rows.
 */
export const organisationSlotCounts = sqliteTable(
  "organisation_slot_counts",
  {
    tenantId: text("tenant_id").primaryKey(),
    /** Distinct apps taking an uncertified slot with a live (not disconnected) connection to the organisation. */
    uncertifiedApps: integer("uncertified_apps").notNull(),
  },
  // tenant_id too, so reading the organisations at the cap never visits the table.
  (t) => [index("organisation_slot_counts_apps_idx").on(t.uncertifiedApps, t.tenantId)],
);

/**
 * Connections per (grant, customer recorded on the connection, status), kept by triggers on `connections`
 * (migration grant_connection_counts) the way connection_counts is, so People's per-app and per-user counts
 * and Customers' counts read a few rows instead of counting connections. `end_user_id` is '' when the
 * connection records no customer: a NULL in the key would never conflict, so the upsert could not add to it.
 */
export const grantConnectionCounts = sqliteTable(
  "grant_connection_counts",
  {
    grantId: text("grant_id").notNull(),
    endUserId: text("end_user_id").notNull(),
    status: text("status").notNull(),
    n: integer("n").notNull(),
  },
  (t) => [primaryKey({ columns: [t.grantId, t.endUserId, t.status] }), index("grant_connection_counts_end_user_idx").on(t.endUserId, t.status)],
);

/**
 * One row per Xero user holding a grant: their email and name (the greatest over their grants, as a grouping
 * of grants would give) and how many grants they hold, kept by triggers on `grants` (migration
 * xero_user_summaries) in the same transaction as the grant write, so People pages through Xero users along
 * the (email, xero_user_id) index and counts them in one table instead of grouping every grant per page.
 */
export const xeroUserSummaries = sqliteTable(
  "xero_user_summaries",
  {
    xeroUserId: text("xero_user_id").primaryKey(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    grants: integer("grants").notNull(),
  },
  // People's order; xero_user_id breaks ties between equal emails so every page is the same each time.
  (t) => [index("xero_user_summaries_email_idx").on(t.email, t.xeroUserId)],
);

/**
 * The searchable text of organisations (name), grants (email, name) and customers (display and account
 * name), one row per field, kept by triggers on those tables (migration search_index). The FTS5 table
 * `search_fts` (trigram tokenizer, not modelled by drizzle) indexes `text` by `id`, so a substring search
 * is an index lookup (lib/search/terms.ts). `id` is an INTEGER PRIMARY KEY because the FTS rowid must
 * survive VACUUM and table rebuilds, which renumber implicit rowids.
 */
export const searchTerms = sqliteTable(
  "search_terms",
  {
    id: integer("id").primaryKey(),
    /** Which field of which table: see SearchKind in lib/search/terms.ts. */
    kind: text("kind").notNull(),
    /** The row's key: tenant id, grant id or end user id. */
    ref: text("ref").notNull(),
    text: text("text").notNull(),
  },
  // The second index serves one- and two-character searches, which trigrams cannot: a case-insensitive prefix.
  (t) => [uniqueIndex("search_terms_ref_uq").on(t.kind, t.ref), index("search_terms_prefix_idx").on(t.kind, sql`${t.text} collate nocase`)],
);

/**
 * A single-use link the team's product sends its customer through to connect (or reconnect) Xero.
 * Only a hash of the link's token is stored; the session id is what the product sees.
 */
export const connectSessions = sqliteTable(
  "connect_sessions",
  {
    id: text("id").primaryKey(),
    tokenHash: text("token_hash").notNull(),
    appId: text("app_id")
      .notNull()
      .references(() => xeroApps.id, { onDelete: "cascade" }),
    endUserId: text("end_user_id")
      .notNull()
      .references(() => endUsers.id, { onDelete: "cascade" }),
    returnUrl: text("return_url").notNull(),
    /** Set for a reconnect: the grant to repair in place. */
    reconnectGrantId: text("reconnect_grant_id").references(() => grants.id, { onDelete: "set null" }),
    status: text("status", { enum: ["pending", "opened", "completed", "failed", "expired"] })
      .notNull()
      .default("pending"),
    error: text("error"),
    connectionIds: text("connection_ids", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    /** Who made it: "api-key:<id>" or a dashboard user id. */
    createdBy: text("created_by").notNull(),
    createdAt: ts("created_at").notNull(),
    expiresAt: ts("expires_at").notNull(),
    openedAt: ts("opened_at"),
    finishedAt: ts("finished_at"),
  },
  (t) => [
    uniqueIndex("connect_sessions_token_uq").on(t.tokenHash),
    index("connect_sessions_app_status_idx").on(t.appId, t.status, t.createdAt),
    index("connect_sessions_end_user_idx").on(t.endUserId),
  ],
);

/**
 * A disconnect recorded before Xero is called, so a process killed half-way leaves a trace: who asked,
 * when, and (through connections.disconnect_intent_id) which connections are still waiting for an answer.
 * `holder` is the owning process; once it is gone, recovery re-reads Xero and finishes the intent.
 */
export const disconnectIntents = sqliteTable(
  "disconnect_intents",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    actorId: text("actor_id"),
    actorEmail: text("actor_email").notNull(),
    reason: text("reason").notNull().default(""),
    holder: text("holder").notNull(),
    leaseExpiresAt: ts("lease_expires_at").notNull(),
    startedAt: ts("started_at").notNull(),
    finishedAt: ts("finished_at"),
    status: text("status", { enum: ["open", "done", "recovered"] }).notNull(),
  },
  (t) => [index("disconnect_intents_status_idx").on(t.status)],
);

/** Short-lived state of an authorize request in flight (CSRF state + PKCE verifier). */
export const oauthStates = sqliteTable(
  "oauth_states",
  {
    state: text("state").primaryKey(),
    appId: text("app_id")
      .notNull()
      .references(() => xeroApps.id, { onDelete: "cascade" }),
    userId: text("user_id").notNull(),
    codeVerifierEnc: text("code_verifier_enc").notNull(),
    createdAt: ts("created_at").notNull(),
    expiresAt: ts("expires_at").notNull(),
  },
  (t) => [index("oauth_states_expires_idx").on(t.expiresAt)],
);

export const rateLimitSamples = sqliteTable(
  "rate_limit_samples",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    appId: text("app_id")
      .notNull()
      .references(() => xeroApps.id, { onDelete: "cascade" }),
    tenantId: text("tenant_id"),
    minRemaining: integer("min_remaining"),
    dayRemaining: integer("day_remaining"),
    appMinRemaining: integer("app_min_remaining"),
    problem: text("problem"),
    retryAfterSeconds: integer("retry_after_seconds"),
    statusCode: integer("status_code").notNull(),
    at: ts("at").notNull(),
  },
  (t) => [
    index("rl_app_tenant_at_idx").on(t.appId, t.tenantId, t.at),
    index("rl_problem_at_idx").on(t.problem, t.at),
    // The 429 history of one app, without reading every other app's 429s.
    index("rl_app_429_at_idx")
      .on(t.appId, t.at)
      .where(sql`problem is not null`),
  ],
);

/** Keys for the REST API (/api/v1). Only a SHA-256 of the secret is stored; `prefix` identifies it on screen. */
export const apiKeys = sqliteTable(
  "api_keys",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    keyHash: text("key_hash").notNull(),
    prefix: text("prefix").notNull(),
    ownerId: text("owner_id")
      .notNull()
      .references(() => users.id),
    /** One of the app environments, or "all". */
    environment: text("environment").notNull().default("all"),
    scopes: text("scopes", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    createdAt: ts("created_at").notNull(),
    lastUsedAt: ts("last_used_at"),
    revokedAt: ts("revoked_at"),
  },
  (t) => [uniqueIndex("api_keys_hash_uq").on(t.keyHash), index("api_keys_created_idx").on(t.createdAt)],
);

/** Per-key counters: requests per minute (rate limit) and token vending per day (Activity). Real time. */
export const apiKeyCounters = sqliteTable(
  "api_key_counters",
  {
    keyId: text("key_id").notNull(),
    bucket: text("bucket").notNull(),
    count: integer("count").notNull(),
    expiresAt: ts("expires_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.keyId, t.bucket] }), index("api_key_counters_expires_idx").on(t.expiresAt)],
);

/** One row per background job kind: whoever holds an unexpired lease is the only runner. */
export const jobLeases = sqliteTable("job_leases", {
  name: text("name").primaryKey(),
  holder: text("holder").notNull(),
  expiresAt: ts("expires_at").notNull(),
});

export const jobRuns = sqliteTable(
  "job_runs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind").notNull(),
    trigger: text("trigger").notNull(),
    holder: text("holder").notNull(),
    startedAt: ts("started_at").notNull(),
    finishedAt: ts("finished_at"),
    status: text("status", { enum: ["running", "ok", "partial", "failed", "interrupted"] }).notNull(),
    /** The owner renews this while it works; past it (or with the owner's process gone) the run is interrupted. */
    leaseExpiresAt: ts("lease_expires_at"),
    total: integer("total").notNull().default(0),
    done: integer("done").notNull().default(0),
    summary: text("summary", { mode: "json" }).$type<Record<string, unknown>>(),
  },
  (t) => [index("job_runs_started_idx").on(t.startedAt)],
);

export const appDailyCounts = sqliteTable(
  "app_daily_counts",
  {
    appId: text("app_id")
      .notNull()
      .references(() => xeroApps.id, { onDelete: "cascade" }),
    day: text("day").notNull(),
    count: integer("count").notNull(),
  },
  (t) => [primaryKey({ columns: [t.appId, t.day] })],
);

export const webhooks = sqliteTable("webhooks", {
  id: text("id").primaryKey(),
  url: text("url").notNull(),
  secretEnc: text("secret_enc").notNull(),
  events: text("events", { mode: "json" }).$type<string[]>().notNull(),
  active: bool("active").notNull().default(true),
  createdAt: ts("created_at").notNull(),
});

export const webhookDeliveries = sqliteTable(
  "webhook_deliveries",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    webhookId: text("webhook_id")
      .notNull()
      .references(() => webhooks.id, { onDelete: "cascade" }),
    event: text("event").notNull(),
    payload: text("payload", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    attempts: integer("attempts").notNull().default(0),
    status: text("status", { enum: ["pending", "delivered", "failed"] }).notNull(),
    responseCode: integer("response_code"),
    // At most 1 KB of the receiver's answer; shown to admins only (it may come from an internal service).
    responseBody: text("response_body"),
    error: text("error"),
    nextAttemptAt: ts("next_attempt_at"),
    createdAt: ts("created_at").notNull(),
    deliveredAt: ts("delivered_at"),
  },
  (t) => [index("wh_deliveries_status_next_idx").on(t.status, t.nextAttemptAt), index("wh_deliveries_created_idx").on(t.createdAt)],
);

export type Role = (typeof users.$inferSelect)["role"];

/** Runtime settings an admin changes in the dashboard (background jobs, alerts), as JSON values. */
export const appSettings = sqliteTable("app_settings", {
  key: text("key").primaryKey(),
  value: text("value", { mode: "json" }).$type<unknown>().notNull(),
  updatedAt: ts("updated_at").notNull(),
  updatedBy: text("updated_by"),
});

/**
 * Sessions ended by signing out. Session cookies are stateless and re-issued on activity, so a request
 * still in flight at sign-out could hand the browser a fresh cookie; this list makes sign-out final.
 */
export const revokedSessions = sqliteTable(
  "revoked_sessions",
  {
    sessionId: text("session_id").primaryKey(),
    revokedAt: ts("revoked_at").notNull(),
    expiresAt: ts("expires_at").notNull(),
  },
  (t) => [index("revoked_sessions_expires_idx").on(t.expiresAt)],
);
