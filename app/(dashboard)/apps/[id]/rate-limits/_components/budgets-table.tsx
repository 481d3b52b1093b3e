import { LocalTime } from "@/components/ui/local-time";
import { Table, Td, Th } from "@/components/ui/table";
import { APP_MINUTE_LIMIT, MINUTE_LIMIT } from "@/lib/rate-limits/queries";
import { LastRateLimitHit } from "@/components/limits/last-rate-limit-hit";
import type { LastHit } from "@/lib/rate-limits/queries";
import { BudgetMeter } from "./budget-meter";

type Sample = { minRemaining: number | null; dayRemaining: number | null; appMinRemaining: number | null; statusCode: number; at: Date } | null;
type Row = { tenantId: string; name: string; latest: Sample; lastHit: LastHit | null };

export function BudgetsTable({ rows, dayLimit, nowIso }: { rows: Row[]; dayLimit: number; nowIso: string }) {
  return (
    <Table caption="Latest remaining budgets per organisation">
      <thead>
        <tr>
          <Th>Organisation</Th>
          <Th>This minute</Th>
          <Th>Today</Th>
          <Th>App-wide this minute</Th>
          <Th>Latest call</Th>
          <Th>Last 429</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
        {rows.map((r) => (
          <tr key={r.tenantId}>
            <Td>{r.name}</Td>
            <Td>
              <BudgetMeter remaining={r.latest?.minRemaining ?? null} limit={MINUTE_LIMIT} label={`${r.name}: calls left this minute`} />
            </Td>
            <Td>
              <BudgetMeter remaining={r.latest?.dayRemaining ?? null} limit={dayLimit} label={`${r.name}: calls left today`} />
            </Td>
            <Td>
              <BudgetMeter remaining={r.latest?.appMinRemaining ?? null} limit={APP_MINUTE_LIMIT} label={`${r.name}: app-wide calls left this minute`} />
            </Td>
            <Td>
              {r.latest ? (
                <>
                  <LocalTime iso={r.latest.at.toISOString()} nowIso={nowIso} />
                  {r.latest.statusCode === 429 && <span className="block text-xs text-red-700 dark:text-red-400">answered 429</span>}
                </>
              ) : (
                <span className="text-muted">No organisation call recorded</span>
              )}
            </Td>
            <Td>{r.lastHit ? <LastRateLimitHit hit={r.lastHit} nowIso={nowIso} /> : <span className="text-muted">None</span>}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
