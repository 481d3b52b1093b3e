import type { Metadata } from "next";
import Link from "next/link";
import { ObservedMark } from "@/components/connections/observed-mark";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { getOrganisation } from "@/lib/organisations/queries";
import { planRule } from "@/lib/limits/plans";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { StatusBadge } from "@/components/connections/status-badge";
import { CustomerNote } from "@/components/connections/customer-note";
import { ReauthReason } from "@/components/connections/reauth-reason";
import { xeroNow } from "@/lib/clock";
import { orNotFound } from "@/lib/not-found";
import { explainConnections } from "@/lib/staleness/explain";
import { xeroConnectedLabel } from "@/lib/organisations/entry";
import type { StaleExplanation } from "@/components/connections/stale-reasons";

export const metadata: Metadata = { title: "Organisation" };

export default async function OrganisationPage({ params }: { params: Promise<{ tenantId: string }> }) {
  await requirePagePermission("organisations:read");
  const org = await orNotFound(getOrganisation((await params).tenantId));
  const full = org.slotsUsed >= org.slotCap;
  const nowIso = xeroNow().toISOString();
  const why = await explainConnections(org.apps.flatMap((a) => a.users.filter((u) => u.status === "stale").map((u) => u.connectionId)));
  return (
    <>
      <PageHeader
        title={org.name}
        description={
          <span>
            Tenant id <code className="text-xs">{org.tenantId}</code> · {org.type.toLowerCase()}
            {org.isDemo && " · demo company"}
          </span>
        }
      />
      <p className={`mb-6 text-sm ${full ? "font-medium text-red-700 dark:text-red-400" : ""}`}>
        Uncertified-app slots: {org.slotsUsed} of {org.slotCap} used{full ? " — no further uncertified app can connect to this organisation." : "."}
      </p>
      <h2 className="mb-3 text-lg font-semibold">Connected apps</h2>
      <p className="mb-3 text-sm text-muted">
        Xero&apos;s Connected apps screen lists each app once per authorising user without naming them, with only the date it was connected. Here is who each entry belongs to, with the same date to
        match them by.
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        {org.apps.map((app) => (
          <Card key={app.appId}>
            <h3 className="font-medium">
              <Link href={`/apps/${app.appId}`} className="hover:underline">
                {app.appName}
              </Link>{" "}
              <span className="text-xs text-slate-500">{app.environment}</span>
            </h3>
            <p className="mt-1 flex flex-wrap gap-2 text-xs">
              <span>{planRule(app.plan).label}</span>
              {app.takesSlot ? <Badge tone="warn">Takes an uncertified slot</Badge> : <Badge tone="good">No slot</Badge>}
            </p>
            <ul className="mt-3 space-y-2 text-sm" aria-label={`Users who connected ${app.appName}`}>
              {app.users.map((u) => (
                <li key={u.connectionId}>
                  <div className="flex items-center justify-between gap-2">
                    <span>
                      {u.name}
                      {u.email.trim() && <span className="text-xs text-muted"> ({u.email})</span>}
                      <span className="block text-xs text-soft">{xeroConnectedLabel(u.xeroCreatedAt)}</span>
                      {u.observed && <ObservedMark />}
                      <CustomerNote customer={u.endUser} />
                    </span>
                    <span className="text-right">
                      <StatusBadge status={u.status} grantStatus={u.grantStatus} />
                      {u.status !== "disconnected" && <ReauthReason grant={{ status: u.grantStatus, refreshObtainedAt: u.refreshObtainedAt }} nowIso={nowIso} />}
                    </span>
                  </div>
                  {u.status === "stale" && u.grantStatus === "active" && <StaleWhy explanation={why[u.connectionId]} />}
                </li>
              ))}
            </ul>
          </Card>
        ))}
      </div>
    </>
  );
}

/** Why an entry is stale, as sentences inside the entry (not a nested list: each entry stays one list item). */
function StaleWhy({ explanation }: { explanation?: StaleExplanation }) {
  if (!explanation || explanation.reasons.length === 0) return null;
  return (
    <p className="mt-1 text-xs text-amber-800 dark:text-amber-300">
      Why stale: {explanation.reasons.map((r) => r.sentence).join(" ")}
      {explanation.action && <span className="block text-soft">Recommended: {explanation.action}</span>}
    </p>
  );
}
