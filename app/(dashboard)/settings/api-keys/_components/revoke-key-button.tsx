"use client";

import { useState, useTransition } from "react";
import { revokeApiKeyAction } from "../actions";
import { Button } from "@/components/ui/button";

/** Revoke with a confirmation step: requests with the key fail at once afterwards. */
export function RevokeKeyButton({ keyId, label }: { keyId: string; label: string }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const revoke = () =>
    startTransition(async () => {
      const result = await revokeApiKeyAction({ keyId });
      if (!result.ok) setError(result.error);
    });
  return (
    <div className="space-y-1">
      {confirming ? (
        <Button size="sm" variant="danger" disabled={pending} aria-label={`Confirm revoking ${label}`} onClick={revoke}>
          {pending ? "Revoking…" : "Confirm revoke"}
        </Button>
      ) : (
        <Button size="sm" variant="ghost" aria-label={`Revoke ${label}`} onClick={() => setConfirming(true)}>
          Revoke
        </Button>
      )}
      {error && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
