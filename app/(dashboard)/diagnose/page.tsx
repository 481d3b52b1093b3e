import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Diagnose" };

export default async function Page() {
  await requirePagePermission("diagnose:use");
  return (
    <>
      <PageHeader title="Diagnose" description="Paste a Xero error message or URL to find out which limit was hit, what fills it, and what frees a slot." />
      <EmptyState title="Diagnosis arrives with connection data">Paste an error such as "needs to complete certification before they can connect to more Xero organisations" or a /connectionLimit URL. The page will name the limit, show the connections that fill it with their users, and rank the actions that fix it.</EmptyState>
    </>
  );
}
