"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { connectCustomAction, startConnectAction } from "../actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { Providers } from "@/components/providers";
import { SyncButton } from "./sync-button";

type Props = { appId: string; plan: string; canConnect: boolean; canSync: boolean; canEdit: boolean };

export function AppActions({ appId, plan, canConnect, canSync, canEdit }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const custom = plan === "custom-connection";
  const connect = () =>
    startTransition(async () => {
      const result = custom ? await connectCustomAction(appId) : await startConnectAction(appId);
      if (result && !result.ok) setError(result.error);
    });
  return (
    <div className="flex flex-col items-end gap-2">
      <div className="flex flex-wrap gap-2">
        {canConnect && (
          <Button id="connect" onClick={connect} disabled={pending}>
            {pending ? (custom ? "Connecting…" : "Opening Xero…") : custom ? "Connect with client credentials" : "Connect organisation"}
          </Button>
        )}
        {canSync && (
          <Providers>
            <SyncButton appId={appId} />
          </Providers>
        )}
        {canEdit && (
          <Link href={`/apps/${appId}/edit`} className="rounded-md border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
            Edit app
          </Link>
        )}
      </div>
      {error && (
        <Notice tone="error" title="Action failed">
          {error}
        </Notice>
      )}
    </div>
  );
}
