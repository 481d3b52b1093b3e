import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "People" };

export default async function Page() {
  await requirePagePermission("people:read");
  return (
    <>
      <PageHeader title="People" description="The Xero users who authorised your apps, and how many connections each of them holds per app." />
      <EmptyState title="No authorising users yet">When someone authorises one of your apps, they appear here with their connection count per app: the answer to "which of these three identical entries in Xero is mine?"</EmptyState>
    </>
  );
}
