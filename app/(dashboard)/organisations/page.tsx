import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Organisations" };

export default async function Page() {
  await requirePagePermission("organisations:read");
  return (
    <>
      <PageHeader title="Organisations" description="Every Xero organisation your apps are connected to, and how many of its two uncertified-app slots are used." />
      <EmptyState title="No organisations seen yet">Organisations appear here once an app connects to them: for each, the apps connected across environments, through which Xero users, and its uncertified-app slots used out of 2.</EmptyState>
    </>
  );
}
