"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { startSyncAction } from "../actions";
import { Button } from "@/components/ui/button";
import { syncFinishedText, type SyncRunSummary } from "@/lib/connections/sync-outcome";

type Run = { status: "running" | "ok" | "partial" | "failed"; total: number; done: number; summary?: SyncRunSummary | null };

/** "Sync now": starts the run, then follows its progress until it ends and refreshes the page. */
export function SyncButton({ appId }: { appId: string }) {
  const router = useRouter();
  const [runId, setRunId] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const { data: run } = useQuery({
    queryKey: ["job", runId],
    enabled: runId !== null,
    queryFn: async (): Promise<Run> => {
      const res = await fetch(`/api/jobs/${runId}`);
      if (!res.ok) throw new Error(((await res.json()) as { error: string }).error);
      return res.json();
    },
    refetchInterval: (q) => (q.state.data?.status === "running" || !q.state.data ? 500 : false),
  });
  const finished = run && run.status !== "running";
  useEffect(() => {
    if (finished) router.refresh();
  }, [finished, router]);

  const start = () =>
    startTransition(async () => {
      setError(null);
      const result = await startSyncAction(appId);
      if (result.ok) setRunId(result.data.runId);
      else setError(result.error);
    });

  const running = runId !== null && !finished;
  const outcome = finished && run ? syncFinishedText(run) : null;
  return (
    <div className="flex flex-col items-end">
      <Button variant="secondary" onClick={start} disabled={pending || running}>
        {running ? "Syncing…" : "Sync now"}
      </Button>
      <p role="status" aria-label="Sync progress" className="mt-1 text-xs text-muted">
        {error ?? (running && run ? `Syncing: ${run.done} of ${run.total} authorising users checked` : "")}
        {outcome?.text}
        {outcome?.reauth && (
          <>
            {" "}
            <Link href={`/connections/stale?app=${appId}`} className="font-medium underline">
              Re-authorise them from Stale connections
            </Link>
            .
          </>
        )}
      </p>
    </div>
  );
}
