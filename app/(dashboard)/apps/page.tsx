import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Apps" };

export default async function Page() {
  await requirePagePermission("apps:read");
  return (
    <>
      <PageHeader title="Apps" description="Your registered Xero apps, grouped by environment, each with its plan and how close it is to its connection cap." />
      <EmptyState title="No apps registered yet">Register each Xero app you run (one per environment: development, staging, production) with its plan and credentials. Each app will show its connection count against its cap here.</EmptyState>
    </>
  );
}
