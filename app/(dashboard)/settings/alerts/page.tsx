import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { listDeliveries, listWebhooks } from "@/lib/alerts/queries";
import { xeroNow } from "@/lib/clock";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { AddWebhookForm } from "./_components/add-webhook-form";
import { DeliveriesTable } from "./_components/deliveries-table";
import { ReceivingHelp } from "./_components/receiving-help";
import { WebhooksTable } from "./_components/webhooks-table";

export const metadata: Metadata = { title: "Alerts" };
export const dynamic = "force-dynamic";

export default async function AlertsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const user = await requirePagePermission("settings:read");
  const { page } = await searchParams;
  const canManage = can(user.role, "settings:manage");
  const [hooks, deliveries] = await Promise.all([listWebhooks(), listDeliveries(page)]);
  const nowIso = xeroNow().toISOString();
  return (
    <>
      <PageHeader
        title="Alerts"
        description={`Webhooks that hear when an app nears or reaches its cap, an organisation fills both uncertified slots, a user must re-authorise, or a connection disappears from Xero.${canManage ? "" : " Only admins can change them."}`}
      />
      <div className="space-y-6">
        {canManage && (
          <Card className="max-w-2xl">
            <AddWebhookForm />
          </Card>
        )}
        <section aria-labelledby="webhooks-heading" className="space-y-3">
          <h2 id="webhooks-heading" className="text-lg font-semibold">
            Webhooks
          </h2>
          {hooks.length === 0 ? (
            <EmptyState title="No webhooks yet">{canManage ? "Add one above to be told about limits before your users are." : "An admin can add one."}</EmptyState>
          ) : (
            <WebhooksTable rows={hooks} canManage={canManage} nowIso={nowIso} />
          )}
          <ReceivingHelp />
        </section>
        <section aria-labelledby="deliveries-heading">
          <h2 id="deliveries-heading" className="mb-3 text-lg font-semibold">
            Delivery log
          </h2>
          {deliveries.total === 0 ? (
            <EmptyState title="Nothing sent yet">Deliveries appear here with their status, attempts and the receiver&apos;s answer.</EmptyState>
          ) : (
            <DeliveriesTable rows={deliveries.rows} nowIso={nowIso} />
          )}
          {deliveries.total > 0 && <Pagination page={deliveries.page} pageSize={deliveries.pageSize} total={deliveries.total} basePath="/settings/alerts" params={{}} />}
        </section>
      </div>
    </>
  );
}
