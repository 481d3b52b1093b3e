import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Connections" };

export default async function Page() {
  await requirePagePermission("connections:read");
  return (
    <>
      <PageHeader title="Connections" description="One table of every connection: organisation, app, the Xero user who authorised it, status and dates." />
      <EmptyState title="No connections yet">Connect an organisation from an app's page. Every connection will be listed here with the user who authorised it, searchable and exportable as CSV, with a Disconnect action for stale ones.</EmptyState>
    </>
  );
}
