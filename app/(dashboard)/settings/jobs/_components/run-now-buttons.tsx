"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState, useTransition } from "react";
import { runJobNowAction } from "../actions";
import { Button } from "@/components/ui/button";
import { RUNS_QUERY_KEY } from "./job-runs";

const labels = { "keep-alive": "Run keep-alive now", sync: "Run sync now" } as const;

export function RunNowButtons() {
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (kind: keyof typeof labels) =>
    startTransition(async () => {
      setMessage(null);
      const result = await runJobNowAction(kind);
      if (!result.ok) setMessage({ tone: "error", text: result.error });
      else
        setMessage({
          tone: "ok",
          text: result.data.queued ? `Queued: another server process holds the background lease and will start the ${kind} run within a minute.` : `Started ${kind} run #${result.data.runId}.`,
        });
      await queryClient.invalidateQueries({ queryKey: RUNS_QUERY_KEY });
    });
  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex flex-wrap gap-2">
        {(Object.keys(labels) as Array<keyof typeof labels>).map((kind) => (
          <Button key={kind} variant="secondary" onClick={() => run(kind)} disabled={pending}>
            {labels[kind]}
          </Button>
        ))}
      </div>
      <p role="status" aria-label="Run now result" className={message?.tone === "error" ? "text-sm text-red-700 dark:text-red-400" : "text-sm text-muted"}>
        {message?.text ?? ""}
      </p>
    </div>
  );
}
