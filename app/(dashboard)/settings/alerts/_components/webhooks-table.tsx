import { alertEventLabels, type DeliveryEvent } from "@/lib/alerts/events";
import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import { Table, Td, Th } from "@/components/ui/table";
import { WebhookActions } from "./webhook-actions";

/** url is null for people who may not see it (it often carries a secret); receiver is the host alone. */
type Webhook = { id: string; url: string | null; receiver: string; events: string[]; active: boolean; createdAt: Date };

export function WebhooksTable({ rows, canManage, nowIso }: { rows: Webhook[]; canManage: boolean; nowIso: string }) {
  return (
    <Table caption="Webhooks that receive alerts">
      <thead>
        <tr>
          <Th>Receiver</Th>
          <Th>Events</Th>
          <Th>Status</Th>
          <Th>Added</Th>
          {canManage && <Th>Actions</Th>}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
        {rows.map((w) => (
          <tr key={w.id}>
            <Td className="max-w-xs break-all">
              <code>{w.url ?? w.receiver}</code>
            </Td>
            <Td>
              <ul className="space-y-0.5 text-xs">
                {w.events.map((e) => (
                  <li key={e}>{alertEventLabels[e as DeliveryEvent] ?? e}</li>
                ))}
              </ul>
            </Td>
            <Td>{w.active ? <Badge tone="good">Active</Badge> : <Badge>Off</Badge>}</Td>
            <Td>
              <LocalTime iso={w.createdAt.toISOString()} nowIso={nowIso} />
            </Td>
            {canManage && (
              <Td>
                <WebhookActions webhookId={w.id} url={w.url ?? w.receiver} active={w.active} />
              </Td>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
