"use client";

import { useState, useTransition } from "react";
import { deleteWebhookAction, sendTestWebhookAction, setWebhookActiveAction } from "../actions";
import { Button } from "@/components/ui/button";

/** Send test, turn off/on and remove, for one webhook (admins). */
export function WebhookActions({ webhookId, url, active }: { webhookId: string; url: string; active: boolean }) {
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const act = (fn: () => Promise<{ ok: true; data?: unknown } | { ok: false; error: string }>, done: (data: unknown) => string) =>
    startTransition(async () => {
      setMessage(null);
      const result = await fn();
      setMessage(result.ok ? { error: false, text: done(result.data) } : { error: true, text: result.error });
    });
  const toggle = () => {
    const form = new FormData();
    form.set("webhookId", webhookId);
    form.set("active", String(!active));
    act(
      () => setWebhookActiveAction(undefined, form),
      () => (active ? "Turned off." : "Turned on."),
    );
  };
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap gap-2">
        <Button
          size="sm"
          variant="secondary"
          disabled={pending}
          aria-label={`Send test to ${url}`}
          onClick={() =>
            act(
              () => sendTestWebhookAction(webhookId),
              (d) => `Test ${(d as { status: string }).status === "delivered" ? "delivered" : "not delivered: see the log below"}.`,
            )
          }
        >
          Send test
        </Button>
        <Button size="sm" variant="secondary" disabled={pending} aria-label={`${active ? "Turn off" : "Turn on"} ${url}`} onClick={toggle}>
          {active ? "Turn off" : "Turn on"}
        </Button>
        {confirming ? (
          <Button
            size="sm"
            variant="danger"
            disabled={pending}
            aria-label={`Confirm removing ${url}`}
            onClick={() =>
              act(
                () => deleteWebhookAction(webhookId),
                () => "Removed.",
              )
            }
          >
            Confirm remove
          </Button>
        ) : (
          <Button size="sm" variant="ghost" disabled={pending} aria-label={`Remove ${url}`} onClick={() => setConfirming(true)}>
            Remove
          </Button>
        )}
      </div>
      <p role="status" aria-label={`Result for ${url}`} className={message?.error ? "text-xs text-red-700 dark:text-red-400" : "text-xs text-muted"}>
        {message?.text ?? ""}
      </p>
    </div>
  );
}
