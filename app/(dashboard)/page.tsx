import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { getOverview } from "@/lib/overview/queries";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Card } from "@/components/ui/card";
import { CapBar } from "@/components/limits/cap-bar";
import { PortalCount } from "@/components/limits/portal-count";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  await requirePagePermission("overview:read");
  const { apps, organisationsAtCap, health } = await getOverview();
  return (
    <>
      <PageHeader title="Overview" description="The apps closest to their connection caps, every organisation at its uncertified-app limit, and what needs attention." />
      <section aria-labelledby="health" className="mb-8 grid gap-4 sm:grid-cols-3">
        <h2 id="health" className="sr-only">
          Connection health
        </h2>
        <Stat label="Active connections" value={health.active} href="/connections?status=active" />
        <Stat label="Stale connections" value={health.stale} href="/connections/stale" tone={health.stale > 0 ? "warn" : undefined} />
        <Stat label="Need re-authorisation" value={health.broken} href="/connections?status=broken" tone={health.broken > 0 ? "bad" : undefined} />
      </section>

      <section aria-labelledby="app-caps" className="mb-8">
        <h2 id="app-caps" className="mb-3 text-lg font-semibold">
          Apps closest to their caps
        </h2>
        {apps.total === 0 ? (
          <EmptyState title="No apps registered yet">
            <Link href="/apps/new" className="underline">
              Register your first Xero app
            </Link>{" "}
            to see its connections against its cap.
          </EmptyState>
        ) : (
          <>
            <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
              {apps.apps.map((app) => (
                <li key={app.id}>
                  <Card>
                    <h3 className="font-medium">
                      <Link href={`/apps/${app.id}`} className="hover:underline">
                        {app.name}
                      </Link>{" "}
                      <span className="text-xs font-normal text-slate-500">{app.environment}</span>
                    </h3>
                    <div className="mt-2">
                      <CapBar progress={app.progress} label={`${app.name} connections against its cap`} />
                      <PortalCount portal={app.portal} />
                    </div>
                  </Card>
                </li>
              ))}
            </ul>
            <p className="mt-3 text-sm text-muted">
              Showing {apps.apps.length.toLocaleString()} of {apps.total.toLocaleString()} {apps.total === 1 ? "app" : "apps"}, closest to the cap first.{" "}
              <Link href="/apps" className="underline">
                See all apps
              </Link>
            </p>
          </>
        )}
      </section>

      <section aria-labelledby="org-caps">
        <h2 id="org-caps" className="mb-1 text-lg font-semibold">
          Organisations using both uncertified-app slots
        </h2>
        <p className="mb-3 text-sm text-muted">An organisation may connect at most 2 uncertified apps. These cannot connect another until one is disconnected or certified.</p>
        {organisationsAtCap.total === 0 ? (
          <p className="text-sm">None right now.</p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {organisationsAtCap.rows.map((org) => (
              <li key={org.tenantId}>
                <Card>
                  <h3 className="font-medium">
                    <Link href={`/organisations/${org.tenantId}`} className="hover:underline">
                      {org.tenantName}
                    </Link>{" "}
                    <span className="text-sm text-red-700 dark:text-red-400">2 of 2 slots</span>
                  </h3>
                  <ul className="mt-2 space-y-1 text-sm">
                    {org.apps.map((a) => (
                      <li key={a.appId}>
                        <Link href={`/apps/${a.appId}`} className="font-medium hover:underline">
                          {a.appName}
                        </Link>{" "}
                        <span className="text-xs text-slate-500">({a.environment})</span>, connected by {a.users.join(", ")}
                      </li>
                    ))}
                  </ul>
                </Card>
              </li>
            ))}
          </ul>
        )}
        {organisationsAtCap.total > organisationsAtCap.rows.length && (
          <Link href="/organisations?atCap=1" className="mt-3 inline-block text-sm underline">
            All {organisationsAtCap.total} organisations at the cap
          </Link>
        )}
      </section>
    </>
  );
}

function Stat({ label, value, href, tone }: { label: string; value: number; href: string; tone?: "warn" | "bad" }) {
  const color = tone === "bad" ? "text-red-700 dark:text-red-400" : tone === "warn" ? "text-amber-700 dark:text-amber-300" : "";
  return (
    <Link href={href} className="block rounded-xl border border-slate-200 bg-white p-4 hover:border-sky-400 dark:border-slate-800 dark:bg-slate-900">
      <span className="block text-sm text-muted">{label}</span>
      <span className={`text-2xl font-semibold ${color}`}>{value.toLocaleString()}</span>
    </Link>
  );
}
