import type { z } from "zod";
import type { GrantRow } from "@/lib/grants/queries";
import type { EndUserRow } from "@/lib/end-users/queries";
import type { listedGrantSchema, listEndUsersEndpoint } from "./endpoints/directory";
import { presentEndUser } from "./present";

// Grants and customers as the API shows them (dates as ISO strings here, as in present.ts).

const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

export function presentGrant(g: GrantRow): z.input<typeof listedGrantSchema> {
  return {
    id: g.id,
    appId: g.appId,
    environment: g.environment,
    source: g.source,
    status: g.status,
    xeroUser: { id: g.xeroUserId, name: g.name, email: g.email },
    endUser: g.endUser ? presentEndUser(g.endUser) : null,
    lastRefreshOkAt: isoOrNull(g.lastRefreshOkAt),
    lastObservedAt: isoOrNull(g.lastObservedAt),
    createdAt: g.createdAt.toISOString(),
    connectionCount: g.connectionCount,
  };
}

type EndUserItem = z.input<typeof listEndUsersEndpoint.response>["data"][number];

export function presentEndUserRow(e: EndUserRow): EndUserItem {
  return { ...presentEndUser(e), grantCount: e.grantCount, connectionCount: e.connectionCount, createdAt: e.createdAt.toISOString() };
}
