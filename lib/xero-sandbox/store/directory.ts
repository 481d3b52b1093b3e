import { and, asc, eq } from "drizzle-orm";
import { sandboxDb } from "@/lib/xero-sandbox/db";
import { memberships, organisations, xeroUsers } from "@/lib/xero-sandbox/schema";

// Xero users and organisations, and which organisations each user can pick.

export type XeroUser = typeof xeroUsers.$inferSelect;
export type Organisation = typeof organisations.$inferSelect;

export const listXeroUsers = (): XeroUser[] => sandboxDb().select().from(xeroUsers).orderBy(asc(xeroUsers.familyName)).all();

export const getXeroUser = (id: string): XeroUser | undefined => sandboxDb().select().from(xeroUsers).where(eq(xeroUsers.id, id)).get();

export const getXeroUserByEmail = (email: string): XeroUser | undefined => sandboxDb().select().from(xeroUsers).where(eq(xeroUsers.email, email.trim().toLowerCase())).get();

export const listOrganisations = (): Organisation[] => sandboxDb().select().from(organisations).orderBy(asc(organisations.name)).all();

export const getOrganisation = (id: string): Organisation | undefined => sandboxDb().select().from(organisations).where(eq(organisations.id, id)).get();

export function organisationsOf(userId: string): Organisation[] {
  return sandboxDb()
    .select({ org: organisations })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.orgId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organisations.name))
    .all()
    .map((r) => r.org);
}

export function isMember(userId: string, orgId: string): boolean {
  return !!sandboxDb()
    .select()
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.orgId, orgId)))
    .get();
}
