import { LocalTime } from "@/components/ui/local-time";
import { Table, Td, Th } from "@/components/ui/table";

type Hit = { id: number; tenantId: string | null; tenantName: string | null; problem: string; retryAfterSeconds: number | null; at: Date };

const problemLabel: Record<string, string> = {
  minute: "Organisation's minute limit (60 calls)",
  day: "Organisation's daily limit",
  appminute: "App-wide minute limit (10,000 calls)",
  concurrent: "Too many calls at once (5 per organisation)",
  unknown: "Unspecified limit",
};

export function HitsTable({ rows, nowIso }: { rows: Hit[]; nowIso: string }) {
  return (
    <Table caption="Rate-limit responses (429) from Xero, newest first">
      <thead>
        <tr>
          <Th>When</Th>
          <Th>Organisation</Th>
          <Th>Limit hit</Th>
          <Th>Retry after</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
        {rows.map((h) => (
          <tr key={h.id}>
            <Td>
              <LocalTime iso={h.at.toISOString()} nowIso={nowIso} />
            </Td>
            <Td>{h.tenantName ?? (h.tenantId ? <code className="text-xs">{h.tenantId}</code> : "No organisation (app-level call)")}</Td>
            <Td>{problemLabel[h.problem] ?? h.problem}</Td>
            <Td>{h.retryAfterSeconds === null ? "—" : `${h.retryAfterSeconds.toLocaleString()} s`}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
