import type { z } from "zod";
import type { GrantRow } from "@/lib/grants/queries";
import type { EndUserRow } from "@/lib/end-users/queries";
import type { listedGrantSchema, listEndUsersEndpoint } from "./endpoints/directory";
import { presentEndUser, presentGrant as presentGrantBase } from "./present";

// Grants and customers as the API shows them (dates as ISO strings here, as in present.ts).

export function presentGrant(g: GrantRow): z.input<typeof listedGrantSchema> {
  return { ...presentGrantBase(g, g.endUser), environment: g.environment, connectionCount: g.connectionCount };
}

type EndUserItem = z.input<typeof listEndUsersEndpoint.response>["data"][number];

export function presentEndUserRow(e: EndUserRow): EndUserItem {
  return { ...presentEndUser(e), grantCount: e.grantCount, connectionCount: e.connectionCount, createdAt: e.createdAt.toISOString() };
}
