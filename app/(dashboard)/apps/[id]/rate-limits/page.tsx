import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { APP_MINUTE_LIMIT, getRateLimitMeter, listRateLimitHits, MINUTE_LIMIT } from "@/lib/rate-limits/queries";
import { xeroNow } from "@/lib/clock";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalTime } from "@/components/ui/local-time";
import { Pagination } from "@/components/ui/pagination";
import { LastRateLimitHit } from "@/components/limits/last-rate-limit-hit";
import { BudgetMeter } from "./_components/budget-meter";
import { BudgetsTable } from "./_components/budgets-table";
import { HitsTable } from "./_components/hits-table";

export const metadata: Metadata = { title: "Rate limits" };
export const dynamic = "force-dynamic";

export default async function RateLimitsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> }) {
  await requirePagePermission("apps:read");
  const { id } = await params;
  const { page } = await searchParams;
  const [meter, hits] = await Promise.all([getRateLimitMeter(id, page), listRateLimitHits(id)]);
  const { app } = meter;
  const nowIso = xeroNow().toISOString();
  return (
    <>
      <PageHeader
        title={`${app.name}: rate limits`}
        description={`What Xero said was left of each budget on our latest call: ${MINUTE_LIMIT} calls a minute and ${meter.dayLimit.toLocaleString()} a day per organisation, ${APP_MINUTE_LIMIT.toLocaleString()} a minute across the app. Minute budgets refill every minute, so an old reading says little about now.`}
        actions={
          <Link href={`/apps/${app.id}`} className="text-sm font-medium text-sky-700 underline dark:text-sky-400">
            Back to the app
          </Link>
        }
      />
      <div className="space-y-6">
        <Card className="max-w-xl">
          <h2 className="mb-2 font-semibold">App-wide</h2>
          {meter.appWide ? (
            <div className="space-y-1 text-sm">
              <BudgetMeter remaining={meter.appWide.appMinRemaining} limit={APP_MINUTE_LIMIT} label={`${app.name}: app-wide calls left this minute`} />
              <p className="text-muted">
                Latest call without an organisation (connections list, tokens): <LocalTime iso={meter.appWide.at.toISOString()} nowIso={nowIso} />
              </p>
            </div>
          ) : (
            <p className="text-sm text-muted">No call recorded yet.</p>
          )}
          {meter.appWideLastHit && <LastRateLimitHit hit={meter.appWideLastHit} nowIso={nowIso} />}
        </Card>
        <section aria-labelledby="orgs-heading">
          <h2 id="orgs-heading" className="mb-3 text-lg font-semibold">
            Per organisation
          </h2>
          {meter.total === 0 ? (
            <EmptyState title="No organisations yet">Budgets appear here once organisations are connected and called.</EmptyState>
          ) : (
            <BudgetsTable rows={meter.rows} dayLimit={meter.dayLimit} nowIso={nowIso} />
          )}
          {meter.total > 0 && <Pagination page={meter.page} pageSize={meter.pageSize} total={meter.total} basePath={`/apps/${app.id}/rate-limits`} params={{}} />}
        </section>
        <section aria-labelledby="hits-heading">
          <h2 id="hits-heading" className="mb-3 text-lg font-semibold">
            Rate-limit hits (429)
          </h2>
          {hits.total === 0 ? (
            <EmptyState title="No 429s">Xero has not refused a call from this app for rate limits.</EmptyState>
          ) : (
            <>
              <HitsTable rows={hits.rows.slice(0, 10)} nowIso={nowIso} />
              <Link href={`/apps/${app.id}/rate-limits/history`} className="mt-2 inline-block text-sm font-medium text-sky-700 underline dark:text-sky-400">
                All {hits.total.toLocaleString()} rate-limit hits
              </Link>
            </>
          )}
        </section>
      </div>
    </>
  );
}
