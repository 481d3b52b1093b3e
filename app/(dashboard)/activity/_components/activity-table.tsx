import { Table, Td, Th } from "@/components/ui/table";
import { LocalTime } from "@/components/ui/local-time";
import { auditActionLabel, type AuditEventRow } from "@/lib/audit/queries";
import { formatDetails } from "./format-details";

export function ActivityTable({ rows, nowIso }: { rows: AuditEventRow[]; nowIso: string }) {
  return (
    <Table caption="Activity, newest first">
      <thead>
        <tr>
          <Th>Time</Th>
          <Th>Actor</Th>
          <Th>Action</Th>
          <Th>Target</Th>
          <Th>Details</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
        {rows.map((event) => (
          <tr key={event.id}>
            <Td className="whitespace-nowrap">
              <LocalTime iso={event.at.toISOString()} nowIso={nowIso} />
            </Td>
            <Td>{event.actorEmail ?? <span className="text-muted">System</span>}</Td>
            <Td className="whitespace-nowrap">{auditActionLabel(event.action)}</Td>
            <Td>{event.targetLabel ?? (event.targetType ? event.targetType : "—")}</Td>
            {/* Details can run long with nothing to wrap at (a webhook's event list): break them rather than scroll the table sideways. */}
            <Td className="max-w-md break-all text-soft">{formatDetails(event.details)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
