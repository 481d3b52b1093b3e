import { resolveAppId } from "../apps";
import { EXIT, unwrap, type ApiClient } from "../client";
import { json, plural, table } from "../format";
import type { Io } from "../io";

export type ConnectionsOptions = { app?: string; stale?: boolean; customer?: string; json?: boolean };

export async function connectionsCommand(client: ApiClient, opts: ConnectionsOptions, io: Io): Promise<number> {
  const app = opts.app ? await resolveAppId(client, opts.app) : undefined;
  const all = [];
  // Every page: the API pages by cursor (500 at most per page).
  for (let cursor: string | undefined; ;) {
    const page = await unwrap(client.GET("/connections", { params: { query: { app, status: opts.stale ? "stale" : undefined, customer: opts.customer, cursor, limit: 500 } } }));
    all.push(...page.data);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  if (opts.json) return (io.out(json(all)), EXIT.ok);
  if (all.length === 0) return (io.out("No connections match."), EXIT.ok);
  const rows = all.map((c) => {
    const customer = c.endUser;
    return [c.tenantName, c.status, c.app.name, c.xeroUser.email, customer ? (customer.email ?? customer.externalId) : "-", c.id];
  });
  io.out(`${table(["ORGANISATION", "STATUS", "APP", "XERO USER", "CUSTOMER", "CONNECTION ID"], rows)}\n\n${plural(all.length, "connection")}`);
  return EXIT.ok;
}
