import { alertEventLabels, type DeliveryEvent } from "@/lib/alerts/events";
import { MAX_ATTEMPTS } from "@/lib/alerts/retry-plan";
import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import { Table, Td, Th } from "@/components/ui/table";

type Delivery = {
  id: number;
  event: string;
  /** null, with responseBody, for people who may not see them: only receiver (the host) is shown. */
  url: string | null;
  receiver: string;
  responseBody: string | null;
  status: "pending" | "delivered" | "failed";
  attempts: number;
  responseCode: number | null;
  error: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
  nextAttemptAt: Date | null;
};

const tone = { pending: "warn", delivered: "good", failed: "bad" } as const;
const label = { pending: "Pending", delivered: "Delivered", failed: "Failed" } as const;

export function DeliveriesTable({ rows, nowIso }: { rows: Delivery[]; nowIso: string }) {
  return (
    <Table caption="Webhook delivery log, newest first">
      <thead>
        <tr>
          <Th>Delivery</Th>
          <Th>Event</Th>
          <Th>Receiver</Th>
          <Th>Status</Th>
          <Th>Attempts</Th>
          <Th>Response</Th>
          <Th>Details</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
        {rows.map((d) => (
          <tr key={d.id} aria-label={`Delivery ${d.id}`}>
            <Td>
              <span className="font-mono text-xs">#{d.id}</span>
              <span className="block text-xs">
                <LocalTime iso={d.createdAt.toISOString()} nowIso={nowIso} />
              </span>
            </Td>
            <Td>
              <code className="text-xs">{d.event}</code>
              <span className="block text-xs text-muted">{alertEventLabels[d.event as DeliveryEvent] ?? ""}</span>
            </Td>
            <Td className="max-w-xs break-all text-xs">{d.url ?? d.receiver}</Td>
            <Td>
              <Badge tone={tone[d.status]}>{label[d.status]}</Badge>
            </Td>
            <Td>
              {d.attempts} of {d.event === "webhook.test" ? 1 : MAX_ATTEMPTS}
            </Td>
            <Td className="max-w-xs text-xs">
              {d.responseCode ?? "—"}
              {d.responseBody && (
                <details className="mt-1">
                  <summary className="cursor-pointer">Answer</summary>
                  <pre aria-label={`Answer to delivery ${d.id}`} className="mt-1 max-h-40 overflow-auto whitespace-pre-wrap break-all">
                    {d.responseBody}
                  </pre>
                </details>
              )}
            </Td>
            <Td className="max-w-sm text-xs">
              {d.error && <p className="break-words text-red-700 dark:text-red-400">{d.error}</p>}
              {d.status === "pending" && d.nextAttemptAt && d.attempts > 0 && (
                <p>
                  Next attempt <LocalTime iso={d.nextAttemptAt.toISOString()} nowIso={nowIso} />
                </p>
              )}
              {d.deliveredAt && (
                <p>
                  Delivered <LocalTime iso={d.deliveredAt.toISOString()} nowIso={nowIso} />
                </p>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
