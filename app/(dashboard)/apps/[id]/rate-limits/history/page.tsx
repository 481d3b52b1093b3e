import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { getApp } from "@/lib/apps/queries";
import { listRateLimitHits } from "@/lib/rate-limits/queries";
import { xeroNow } from "@/lib/clock";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { HitsTable } from "../_components/hits-table";

export const metadata: Metadata = { title: "Rate-limit hits" };
export const dynamic = "force-dynamic";

export default async function RateLimitHistoryPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> }) {
  await requirePagePermission("apps:read");
  const { id } = await params;
  const { page } = await searchParams;
  const app = await getApp(id);
  const hits = await listRateLimitHits(app.id, page);
  return (
    <>
      <PageHeader
        title={`${app.name}: rate-limit hits`}
        description="Every 429 Xero answered this app with, and which limit it named."
        actions={
          <Link href={`/apps/${app.id}/rate-limits`} className="text-sm font-medium text-sky-700 underline dark:text-sky-400">
            Back to rate limits
          </Link>
        }
      />
      {hits.total === 0 ? <EmptyState title="No 429s">Xero has not refused a call from this app for rate limits.</EmptyState> : <HitsTable rows={hits.rows} nowIso={xeroNow().toISOString()} />}
      {hits.total > 0 && <Pagination page={hits.page} pageSize={hits.pageSize} total={hits.total} basePath={`/apps/${app.id}/rate-limits/history`} params={{}} />}
    </>
  );
}
