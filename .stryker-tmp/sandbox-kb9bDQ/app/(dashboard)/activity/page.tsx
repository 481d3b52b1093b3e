// @ts-nocheck
import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { listAuditEvents } from "@/lib/audit/queries";
import { xeroNow } from "@/lib/clock";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { ActivityFilters } from "./_components/activity-filters";
import { ActivityTable } from "./_components/activity-table";

export const metadata: Metadata = { title: "Activity" };
export const dynamic = "force-dynamic";

type Search = { actor?: string; action?: string; page?: string };

export default async function ActivityPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requirePagePermission("activity:read");
  const { actor, action, page } = await searchParams;
  const list = await listAuditEvents({ actor, action, page });
  const filtered = Boolean(actor || action);
  return (
    <>
      <PageHeader title="Activity" description="Every sign-in, change and Xero error, newest first. The log is append-only." />
      <ActivityFilters actor={actor} action={action} />
      {list.rows.length === 0 ? (
        <EmptyState title={filtered ? "No matching activity" : "No activity yet"}>
          {filtered ? "Nothing matches these filters. Clear them to see all activity." : "Sign-ins, user changes and connection changes will be listed here as they happen."}
        </EmptyState>
      ) : (
        <ActivityTable rows={list.rows} nowIso={xeroNow().toISOString()} />
      )}
      <Pagination page={list.page} pageSize={list.pageSize} total={list.total} basePath="/activity" params={{ actor, action }} />
    </>
  );
}
