import crypto from "node:crypto";
import { queryServerDb, runInServerDb } from "./database";

// A customer (end user) of the team's product with a grant and a connection, written straight into the
// server's database (e2e/support/database.ts) as a connect session would leave them, so dashboard journeys can look at them.

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
  const [app] = queryServerDb<{ id: string; name: string }>("select id, name from xero_apps where environment = 'production' order by name limit 1");
  if (!app) throw new Error("the server has no production app");
  {
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
    runInServerDb([
      [
        "insert into end_users (id, external_id, email, display_name, account_id, account_name, tags, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [c.endUserId, c.externalId, `maya-${run}@northwind.test`, c.displayName, c.accountId, c.accountName, JSON.stringify([c.tag, "eu"]), at, at],
      ],
      [
        "insert into grants (id, app_id, xero_user_id, email, name, source, end_user_id, created_at, updated_at) values (?, ?, ?, ?, ?, 'connect_session', ?, ?, ?)",
        [grantId, app.id, crypto.randomUUID(), c.xeroUserEmail, c.xeroUserName, c.endUserId, at, at],
      ],
      ["insert into organisations (tenant_id, name, type, first_seen_at, updated_at) values (?, ?, 'ORGANISATION', ?, ?)", [c.tenantId, c.orgName, at, at]],
      [
        "insert into connections (id, app_id, grant_id, tenant_id, tenant_name, tenant_type, first_seen_at, last_seen_at, xero_created_at, end_user_id) values (?, ?, ?, ?, ?, 'ORGANISATION', ?, ?, ?, ?)",
        [crypto.randomUUID(), app.id, grantId, c.tenantId, c.orgName, at, at, at, c.endUserId],
      ],
    ]);
    return c;
  }
}
