import type { z } from "zod";
import type { AppSummary } from "@/lib/apps/queries";
import type { ConnectionRow } from "@/lib/connections/queries";
import type { EndUserRef } from "@/lib/end-users/columns";
import { endUserView } from "@/lib/end-users/store";
import { planRule, type Plan } from "@/lib/limits/plans";
import type { appSchema, endUserSchema, headroomSchema } from "./endpoints/shared";
import type { connectionSchema } from "./endpoints/connections";
import type { grantSchema } from "./endpoints/customers";
import type { grants } from "@/db/schema";

type GrantRow = typeof grants.$inferSelect;

// Domain rows as the API shows them. Dates become ISO strings here and nowhere else.

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

export function headroomOf(app: AppSummary): z.input<typeof headroomSchema> {
  return {
    cap: app.cap,
    used: app.portal.counted,
    free: app.progress.remaining,
    level: app.progress.level,
    regime: planRule(app.plan).regime,
    securityAssessmentDue: app.progress.assessmentDue,
    known: { held: app.portal.held, observed: app.portal.observed },
    portalCount: app.portal.portal,
    madeElsewhere: app.portal.elsewhere,
  };
}

export function presentApp(app: AppSummary): z.input<typeof appSchema> {
  return { ...app, plan: app.plan as Plan, headroom: headroomOf(app), createdAt: iso(app.createdAt), updatedAt: iso(app.updatedAt) };
}

export function presentConnection(r: ConnectionRow): z.input<typeof connectionSchema> {
  return {
    id: r.id,
    tenantId: r.tenantId,
    tenantName: r.tenantName,
    tenantType: r.tenantType,
    status: r.disconnectIntentId !== null ? "disconnecting" : r.status,
    staleReasons: r.staleReasons,
    xeroCreatedAt: isoOrNull(r.xeroCreatedAt),
    xeroUpdatedAt: isoOrNull(r.xeroUpdatedAt),
    lastSeenAt: iso(r.lastSeenAt),
    disconnectedAt: isoOrNull(r.disconnectedAt),
    app: { id: r.appId, name: r.appName, environment: r.environment },
    grant: { id: r.grantId, status: r.grantStatus, source: r.grantSource, lastRefreshOkAt: isoOrNull(r.lastRefreshOkAt) },
    xeroUser: { id: r.xeroUserId, name: r.userName, email: r.userEmail },
    endUser: r.customer ? presentEndUser(r.customer) : null,
  };
}

export function presentEndUser(e: EndUserRef): z.input<typeof endUserSchema> {
  return endUserView(e);
}

export function presentGrant(
  g: Pick<GrantRow, "id" | "appId" | "source" | "status" | "xeroUserId" | "name" | "email" | "lastRefreshOkAt" | "lastObservedAt" | "createdAt">,
  endUser: EndUserRef | null,
): z.input<typeof grantSchema> {
  return {
    id: g.id,
    appId: g.appId,
    source: g.source,
    status: g.status,
    xeroUser: { id: g.xeroUserId, name: g.name, email: g.email },
    endUser: endUser ? presentEndUser(endUser) : null,
    lastRefreshOkAt: isoOrNull(g.lastRefreshOkAt),
    lastObservedAt: isoOrNull(g.lastObservedAt),
    createdAt: iso(g.createdAt),
  };
}
