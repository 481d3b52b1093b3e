"use client";

import { useState, useTransition } from "react";
import { deleteAppAction } from "../../actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

export function DeleteAppButton({ appId, name }: { appId: string; name: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <section className="mt-10 max-w-2xl rounded-xl border border-red-200 p-4 dark:border-red-900">
      <h2 className="font-semibold">Remove from the dashboard</h2>
      <p className="mt-1 text-sm text-muted">Forgets this app, its grants and connection records here. Nothing changes in Xero: disconnect first if you mean to free slots.</p>
      {error && <Notice tone="error">{error}</Notice>}
      <Button
        variant="danger"
        className="mt-3"
        disabled={pending}
        onClick={() => {
          if (!window.confirm(`Remove ${name} from Connection Desk? Its connections stay in Xero.`)) return;
          startTransition(async () => {
            const r = await deleteAppAction(appId);
            if (r && !r.ok) setError(r.error ?? "Could not remove the app.");
          });
        }}
      >
        Remove app
      </Button>
    </section>
  );
}
