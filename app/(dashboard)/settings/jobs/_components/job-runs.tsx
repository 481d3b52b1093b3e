"use client";

import { useQuery } from "@tanstack/react-query";
import type { JobRunView } from "@/lib/jobs/queries";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { LocalTime } from "@/components/ui/local-time";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDuration, summaryErrors, summaryLine } from "./run-summary";

export type RunsData = { runs: JobRunView[]; queued: string[]; nowIso: string };
export const RUNS_QUERY_KEY = ["job-runs"] as const;

const statusTone = { running: "info", ok: "good", partial: "warn", failed: "bad", interrupted: "warn" } as const;
const statusLabel = { running: "Running", ok: "Succeeded", partial: "Partly failed", failed: "Failed", interrupted: "Interrupted" } as const;

async function fetchRuns(): Promise<RunsData> {
  const res = await fetch("/api/jobs?limit=50", { cache: "no-store" });
  if (!res.ok) throw new Error(((await res.json()) as { error: string }).error);
  return res.json();
}

/** The last 50 runs; polls every second while one is running, so its progress moves on screen. */
export function JobRuns({ initial }: { initial: RunsData }) {
  const { data = initial, error } = useQuery({
    queryKey: RUNS_QUERY_KEY,
    queryFn: fetchRuns,
    initialData: initial,
    refetchInterval: (q) => (q.state.data?.runs.some((r) => r.status === "running") || q.state.data?.queued.length ? 1000 : 15_000),
  });
  return (
    <div>
      {error && (
        <p role="alert" aria-label="Runs could not be refreshed" className="mb-2 text-sm text-red-700 dark:text-red-400">
          {error.message}
        </p>
      )}
      {data.queued.length > 0 && (
        <p role="status" aria-label="Queued runs" className="mb-2 text-sm text-muted">
          Waiting for the server process that holds the background lease: {data.queued.join(" and ")}.
        </p>
      )}
      {data.runs.length === 0 ? (
        <EmptyState title="No runs yet">Background work runs shortly after the server starts, then on its schedule.</EmptyState>
      ) : (
        <Table caption="Latest background and manual runs">
          <thead>
            <tr>
              <Th>Run</Th>
              <Th>Trigger</Th>
              <Th>Holder</Th>
              <Th>Started</Th>
              <Th>Duration</Th>
              <Th>Status</Th>
              <Th>Progress</Th>
              <Th>Result</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {data.runs.map((r) => (
              <tr key={r.id} aria-label={`${r.kind} run ${r.id}`}>
                <Td>
                  <span className="font-medium">{r.kind === "keep-alive" ? "Keep-alive" : "Sync"}</span>
                  <span className="block text-xs text-muted">#{r.id}</span>
                </Td>
                <Td>{r.trigger}</Td>
                <Td>
                  <code className="text-xs">{r.holder}</code>
                </Td>
                <Td>
                  <LocalTime iso={r.startedAt} nowIso={data.nowIso} />
                </Td>
                <Td>{formatDuration(r.durationMs)}</Td>
                <Td>
                  <Badge tone={statusTone[r.status]}>{statusLabel[r.status]}</Badge>
                </Td>
                <Td>
                  {r.status === "running" ? <progress value={r.done} max={Math.max(1, r.total)} aria-label={`Progress of ${r.kind} run ${r.id}`} className="w-24" /> : null}
                  <span className="block text-xs">
                    {r.done} of {r.total}
                  </span>
                </Td>
                <Td>
                  {summaryLine(r.kind, r.status, r.summary)}
                  {summaryErrors(r.summary).length > 0 && (
                    <ul className="mt-1 list-disc pl-4 text-xs text-red-700 dark:text-red-400">
                      {summaryErrors(r.summary).map((e, i) => (
                        <li key={i}>{e}</li>
                      ))}
                    </ul>
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
