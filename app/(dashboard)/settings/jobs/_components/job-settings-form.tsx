"use client";

import { useActionState } from "react";
import { updateJobSettingsAction } from "../actions";
import type { JobSettings } from "@/lib/jobs/settings";
import { firstError, type FormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { REFRESH_TOKEN_IDLE_DAYS } from "@/lib/xero/limits";

/** Admins only. After a refused save the form shows what was typed, not the stored settings. */
export function JobSettingsForm({ settings }: { settings: JobSettings }) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateJobSettingsAction, {});
  const typed = state.ok === false ? state.values : undefined;
  const value = (k: keyof JobSettings) => typed?.[k] ?? String(settings[k]);
  const checked = (k: "keepAliveEnabled" | "syncEnabled") => (typed ? typed[k] === "on" : settings[k]);
  // A new key after each outcome re-applies the defaults above to the uncontrolled inputs.
  const key = JSON.stringify([settings, typed ?? null]);
  return (
    <form action={action} noValidate aria-labelledby="job-settings-heading" className="space-y-4" key={key}>
      <h2 id="job-settings-heading" className="font-semibold">
        Job settings
      </h2>
      {state.ok && <Notice tone="success">{state.message}</Notice>}
      {state.ok === false && (
        <Notice tone="error" title="Job settings not saved">
          {state.error}
        </Notice>
      )}
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">Keep-alive</legend>
        <CheckboxField
          label="Refresh grants in the background"
          name="keepAliveEnabled"
          defaultChecked={checked("keepAliveEnabled")}
          hint={`Xero forgets a refresh token that goes unused for ${REFRESH_TOKEN_IDLE_DAYS} days.`}
        />
        <Field
          label="Refresh a grant when its refresh token is older than (days)"
          name="keepAliveAfterDays"
          type="number"
          min={1}
          max={59}
          inputMode="numeric"
          defaultValue={value("keepAliveAfterDays")}
          error={firstError(state, "keepAliveAfterDays")}
        />
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">Scheduled sync</legend>
        <CheckboxField label="Sync every app with Xero on a schedule" name="syncEnabled" defaultChecked={checked("syncEnabled")} />
        <Field
          label="Sync every (hours)"
          name="syncIntervalHours"
          type="number"
          min={0.25}
          max={168}
          step="any"
          defaultValue={value("syncIntervalHours")}
          error={firstError(state, "syncIntervalHours")}
        />
      </fieldset>
      <Field
        label="Flag a connection idle after (days without a successful call)"
        name="idleDays"
        type="number"
        min={1}
        max={365}
        inputMode="numeric"
        defaultValue={value("idleDays")}
        error={firstError(state, "idleDays")}
      />
      <Field
        label="Flag an observed connection stale after (days not reported by your product)"
        name="observedStaleDays"
        type="number"
        min={1}
        max={365}
        inputMode="numeric"
        defaultValue={value("observedStaleDays")}
        error={firstError(state, "observedStaleDays")}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save job settings"}
      </Button>
    </form>
  );
}
