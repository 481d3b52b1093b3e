import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const user = await requirePagePermission("overview:read");
  return (
    <>
      <PageHeader title="Overview" description={`Welcome, ${user.name}. Every app's progress toward its connection cap and every organisation at its uncertified-app limit, at a glance.`} />
      <EmptyState title="Limits at a glance">
        Once apps are registered and connected, this page shows each app&apos;s connections against its cap (amber from 80 %, red at the cap), organisations using both uncertified-app slots, and counts of stale and broken connections.
      </EmptyState>
    </>
  );
}
