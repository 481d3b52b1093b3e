import { endUsers } from "@/db/schema";

// The customer (end user) beside a Xero user: the end_users columns to select, left-joined. Drizzle
// gives null for the whole object when nothing joined (connections made in the dashboard).

export type EndUserRef = { id: string; externalId: string; email: string | null; displayName: string | null; accountId: string | null; accountName: string | null; tags: string[] };

export const endUserColumns = {
  id: endUsers.id,
  externalId: endUsers.externalId,
  email: endUsers.email,
  displayName: endUsers.displayName,
  accountId: endUsers.accountId,
  accountName: endUsers.accountName,
  tags: endUsers.tags,
};
