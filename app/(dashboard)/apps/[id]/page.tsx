import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { getApp } from "@/lib/apps/queries";
import { listAppUsers, listConnections } from "@/lib/connections/queries";
import { parseConnectionFilters, filtersToParams } from "@/lib/connections/filters";
import { toConnectionView } from "@/lib/connections/view";
import { planRule } from "@/lib/limits/plans";
import { xeroNow } from "@/lib/clock";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { Pagination } from "@/components/ui/pagination";
import { CapBar } from "@/components/limits/cap-bar";
import { AppInsightLinks } from "@/components/limits/app-insight-links";
import { PortalCount } from "@/components/limits/portal-count";
import { ConnectionsTable } from "@/components/connections/connections-table";
import { AppNotices } from "./_components/app-notices";
import { RateLimitNotice } from "./_components/rate-limit-notice";
import { latestRateLimitHit } from "@/lib/rate-limits/queries";
import { AppActions } from "./_components/app-actions";
import { CredentialsCard } from "./_components/credentials-card";
import { ConnectLinksCard } from "./_components/connect-links-card";
import { reconnectableGrants } from "@/lib/connect-sessions/dashboard-link";
import { customerEvidence, refusedSummary } from "@/lib/diagnosis/customer-evidence";
import { AppConnectionFilters } from "./_components/app-connection-filters";
import { orNotFound } from "@/lib/not-found";
import { lastRefusedConsent } from "@/lib/connections/refused-consents";
import { LastRefusalLine } from "./_components/last-refusal-line";

export const metadata: Metadata = { title: "App" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** "N connect attempts refused at the cap…" with the customers, for the app page (null when none). */
async function refusedOf(app: { id: string; countDemoCompanies: boolean }) {
  const evidence = await customerEvidence(app);
  const summary = refusedSummary(evidence);
  return summary ? { summary, customers: evidence.refused.byCustomer.map((c) => `${c.displayName ?? c.email ?? c.externalId}${c.accountName ? ` (${c.accountName})` : ""} · ${c.count}`) } : null;
}

export default async function AppPage({ params, searchParams }: Props) {
  const user = await requirePagePermission("apps:read");
  const { id } = await params;
  const query = await searchParams;
  const app = await orNotFound(getApp(id));
  const filters = { ...parseConnectionFilters(query), app: app.id };
  const [{ rows, total, page, pageSize }, users, grants, lastHit, refused] = await Promise.all([
    listConnections(filters),
    listAppUsers(app.id),
    reconnectableGrants(app.id),
    latestRateLimitHit(app.id),
    app.plan !== "custom-connection" ? refusedOf(app) : null,
  ]);
  const nowIso = xeroNow().toISOString();
  const str = (k: string) => (typeof query[k] === "string" ? (query[k] as string) : undefined);
  return (
    <>
      <PageHeader
        title={app.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone="info">{app.environment}</Badge>
            <span>{planRule(app.plan).label}</span>
            {app.certified && <Badge tone="good">Certified</Badge>}
          </span>
        }
        actions={<AppActions appId={app.id} plan={app.plan} canConnect={can(user.role, "connections:connect")} canSync={can(user.role, "connections:sync")} canEdit={can(user.role, "apps:manage")} />}
      />
      <AppNotices appId={app.id} plan={app.plan} registered={str("registered")} updated={str("updated")} connected={str("connected")} connectError={str("connect_error")} />
      {lastHit && (
        <div className="mb-4">
          <RateLimitNotice appId={app.id} hit={lastHit} dayLimit={planRule(app.plan).dayLimit} nowIso={nowIso} />
        </div>
      )}
      <div className="mb-6 grid gap-4 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <h2 className="mb-3 font-semibold">Connections against the cap</h2>
          <CapBar progress={app.progress} label={`${app.name} connections against its cap`} />
          <PortalCount portal={app.portal} readAt={app.portalCountReadAt} />
          <AppInsightLinks appId={app.id} />
          <LastRefusalLine refusal={await lastRefusedConsent(app.id)} />
          <dl className="mt-4 grid grid-cols-3 gap-4 text-sm">
            <div>
              <dt className="text-muted">Connections</dt>
              <dd className="text-xl font-semibold">{app.connectionCount}</dd>
            </div>
            <div>
              <dt className="text-muted">Organisations</dt>
              <dd className="text-xl font-semibold">{app.organisationCount}</dd>
            </div>
            <div>
              <dt className="text-muted">Stale</dt>
              <dd className="text-xl font-semibold">{app.staleCount}</dd>
            </div>
          </dl>
          <p className="mt-3 text-xs text-muted">
            Xero lists a user&apos;s connections only to that user, so these counts include the connections of Xero users who connected through this dashboard. Someone who authorised the app elsewhere
            is not counted until they connect here.
          </p>
        </Card>
        <CredentialsCard app={app} canEdit={can(user.role, "apps:manage")} />
      </div>
      {app.plan !== "custom-connection" && (
        <ConnectLinksCard
          refused={refused}
          appId={app.id}
          appName={app.name}
          redirectUri={app.redirectUri}
          returnUrls={app.allowedReturnUrls}
          grants={grants}
          canCreate={can(user.role, "connect-links:create")}
        />
      )}
      <h2 className="mb-3 text-lg font-semibold">Connections</h2>
      <AppConnectionFilters appId={app.id} users={users} user={filters.user} status={filters.status} />
      <ConnectionsTable rows={rows.map(toConnectionView)} nowIso={nowIso} canDisconnect={can(user.role, "connections:disconnect")} caption={`Connections of ${app.name}`} showApp={false} />
      <Pagination page={page} pageSize={pageSize} total={total} basePath={`/apps/${app.id}`} params={{ ...filtersToParams(filters), app: undefined }} />
      {users.length === 0 && (
        <p className="mt-4 text-sm text-muted">
          No one has connected an organisation to this app through the dashboard yet.{" "}
          <Link className="underline" href="#connect">
            Connect an organisation
          </Link>{" "}
          to see who authorised what.
        </p>
      )}
    </>
  );
}
