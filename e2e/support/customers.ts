import crypto from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";

// A customer (end user) of the team's product with a grant and a connection, written straight into the
// server's SQLite file as a connect session would leave them, so dashboard journeys can look at them.
// SQLite-only: the e2e servers run on SQLite in their data dir; a Postgres e2e run needs this written through pg.

function dataDir(): string {
  return process.env.E2E_DATA_DIR ?? path.resolve(".e2e-data", process.env.E2E_PORT ?? "3100");
}

export type TestCustomer = {
  endUserId: string;
  externalId: string;
  displayName: string;
  accountId: string;
  accountName: string;
  tag: string;
  xeroUserName: string;
  xeroUserEmail: string;
  tenantId: string;
  orgName: string;
  appId: string;
  appName: string;
};

export function insertCustomerConnection(): TestCustomer {
  const run = crypto.randomBytes(4).toString("hex");
  const db = new Database(path.join(dataDir(), "app.db"));
  try {
    db.pragma("busy_timeout = 5000");
    const app = db.prepare("select id, name from xero_apps where environment = 'production' order by name limit 1").get() as { id: string; name: string };
    const at = Date.now();
    const c: TestCustomer = {
      endUserId: crypto.randomUUID(),
      externalId: `cust-${run}`,
      displayName: `Maya Patel ${run}`,
      accountId: `acct-${run}`,
      accountName: `Northwind ${run}`,
      tag: `pro-${run}`,
      xeroUserName: `Maya Xero ${run}`,
      xeroUserEmail: `maya-${run}@e2e.test`,
      tenantId: crypto.randomUUID(),
      orgName: `Customer Org ${run}`,
      appId: app.id,
      appName: app.name,
    };
    const grantId = crypto.randomUUID();
    db.transaction(() => {
      db.prepare("insert into end_users (id, external_id, email, display_name, account_id, account_name, tags, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)").run(
        c.endUserId,
        c.externalId,
        `maya-${run}@northwind.test`,
        c.displayName,
        c.accountId,
        c.accountName,
        JSON.stringify([c.tag, "eu"]),
        at,
        at,
      );
      db.prepare("insert into grants (id, app_id, xero_user_id, email, name, source, end_user_id, created_at, updated_at) values (?, ?, ?, ?, ?, 'connect_session', ?, ?, ?)").run(
        grantId,
        app.id,
        crypto.randomUUID(),
        c.xeroUserEmail,
        c.xeroUserName,
        c.endUserId,
        at,
        at,
      );
      db.prepare("insert into organisations (tenant_id, name, type, first_seen_at, updated_at) values (?, ?, 'ORGANISATION', ?, ?)").run(c.tenantId, c.orgName, at, at);
      db.prepare(
        "insert into connections (id, app_id, grant_id, tenant_id, tenant_name, tenant_type, first_seen_at, last_seen_at, xero_created_at, end_user_id) values (?, ?, ?, ?, ?, 'ORGANISATION', ?, ?, ?, ?)",
      ).run(crypto.randomUUID(), app.id, grantId, c.tenantId, c.orgName, at, at, at, c.endUserId);
    })();
    return c;
  } finally {
    db.close();
  }
}
