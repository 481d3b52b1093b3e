"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { useEffect, useState, useTransition } from "react";
import { disconnectConnectionsAction, previewDisconnectAction } from "@/app/(dashboard)/connections/actions";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/textarea-field";
import type { ConnectionView } from "@/lib/connections/view";

export type DisconnectOutcome = { id: string; ok: boolean; message: string };

type Props = { targets: ConnectionView[]; onClose: () => void; onDone: (outcomes: DisconnectOutcome[]) => void };

/** Confirmation first (naming organisation, app and user, or the dry run for several), then the disconnect. */
export function DisconnectDialog({ targets, onClose, onDone }: Props) {
  const ids = targets.map((t) => t.id);
  const [plan, setPlan] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [pending, startTransition] = useTransition();
  const single = targets.length === 1 ? targets[0] : undefined;
  const key = ids.join(",");

  useEffect(() => {
    let live = true;
    void previewDisconnectAction({ ids: key.split(",") }).then((r) => {
      if (!live) return;
      if (r.ok) setPlan(r.data.summary);
      else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [key]);

  const confirm = () =>
    startTransition(async () => {
      const r = await disconnectConnectionsAction({ ids, reason });
      if (!r.ok) return setError(r.error);
      onDone(r.data);
    });

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/40" />
        <Dialog.Content className="fixed left-1/2 top-1/2 z-50 w-[min(32rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-xl bg-white p-6 shadow-xl dark:bg-slate-900">
          <Dialog.Title className="text-lg font-semibold">{single ? "Disconnect this connection?" : `Disconnect ${targets.length} connections?`}</Dialog.Title>
          <Dialog.Description className="mt-2 text-sm text-soft">
            {single ? (
              <>
                <strong>{single.tenantName}</strong> from <strong>{single.appName}</strong>, authorised by <strong>{single.userName}</strong> ({single.userEmail}).
              </>
            ) : (
              "Xero removes each selected connection for the user who authorised it."
            )}
          </Dialog.Description>
          <p className="mt-3 rounded-md bg-slate-100 p-3 text-sm dark:bg-slate-800" role="status" aria-label="Dry run">
            {plan ?? (error ? "" : "Working out what this frees…")}
          </p>
          {error && (
            <p role="alert" aria-label="Disconnect error" className="mt-3 text-sm text-red-700 dark:text-red-400">
              {error}
            </p>
          )}
          <div className="mt-4">
            <TextareaField label="Reason (kept in the activity log)" value={reason} onChange={(e) => setReason(e.target.value)} rows={2} />
          </div>
          <div className="mt-5 flex justify-end gap-2">
            <Dialog.Close asChild>
              <Button variant="secondary">Cancel</Button>
            </Dialog.Close>
            <Button variant="danger" onClick={confirm} disabled={pending || !plan}>
              {pending ? "Disconnecting…" : "Disconnect"}
            </Button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
