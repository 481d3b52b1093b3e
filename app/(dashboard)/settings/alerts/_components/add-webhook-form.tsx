"use client";

import { useActionState } from "react";
import { createWebhookAction } from "../actions";
import { ALERT_EVENTS, alertEventLabels } from "@/lib/alerts/events";
import type { ActionResult } from "@/lib/errors";
import { Button } from "@/components/ui/button";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { CopyField } from "@/components/ui/copy-field";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

type Created = { id: string; url: string; secret: string; generated: boolean };
type State = { result?: ActionResult<Created>; url: string; events: string[] };
const empty: State = { url: "", events: [...ALERT_EVENTS] };

export function AddWebhookForm() {
  // The action returns no input; keep what was typed (never the secret) so a refused submit loses nothing.
  const [state, action, pending] = useActionState<State, FormData>(async (_prev, form) => {
    const result = await createWebhookAction(undefined, form);
    return result.ok ? { ...empty, result } : { result, url: String(form.get("url") ?? ""), events: form.getAll("events").map(String) };
  }, empty);
  const { result } = state;
  const fieldError = (name: string) => (result && !result.ok ? result.fieldErrors?.[name]?.[0] : undefined);
  return (
    <form action={action} noValidate aria-labelledby="add-webhook-heading" className="space-y-4" key={result?.ok ? result.data.id : "form"}>
      <h2 id="add-webhook-heading" className="font-semibold">
        Add a webhook
      </h2>
      {result?.ok && (
        <Notice tone="success" title="Webhook added">
          <p className="mb-2">
            Alerts will be sent to {result.data.url}. {result.data.generated ? "Copy the signing secret now: it is shown only this once." : "It signs with the secret you provided."}
          </p>
          {result.data.generated && <CopyField label="Signing secret" value={result.data.secret} />}
        </Notice>
      )}
      {result && !result.ok && (
        <Notice tone="error" title="Could not add the webhook">
          {result.error}
        </Notice>
      )}
      <Field label="Receiver URL" name="url" type="url" placeholder="https://hooks.example.com/connection-desk" defaultValue={state.url} error={fieldError("url")} required />
      <CheckboxGroup
        legend="Events"
        name="events"
        options={ALERT_EVENTS.map((event) => ({ value: event, label: alertEventLabels[event] }))}
        defaultValues={state.events}
        error={fieldError("events")}
      />
      <Field
        label="Signing secret (optional)"
        name="secret"
        type="password"
        autoComplete="off"
        hint="Leave empty to have a strong secret generated. At least 16 characters."
        error={fieldError("secret")}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add webhook"}
      </Button>
    </form>
  );
}
