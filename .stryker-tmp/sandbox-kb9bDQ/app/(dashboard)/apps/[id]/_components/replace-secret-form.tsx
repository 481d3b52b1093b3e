// @ts-nocheck
"use client";

import { useActionState } from "react";
import { replaceAppSecretAction } from "../../actions";
import { firstError } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

export function ReplaceSecretForm({ appId }: { appId: string }) {
  const [state, action, pending] = useActionState(replaceAppSecretAction.bind(null, appId), {});
  return (
    <details className="mt-4">
      <summary className="cursor-pointer text-sm font-medium">Replace client secret</summary>
      <form action={action} className="mt-3 space-y-3">
        {state.ok && <Notice tone="success">{state.message}</Notice>}
        {state.error && !state.fieldErrors && <Notice tone="error">{state.error}</Notice>}
        <Field label="New client secret" name="clientSecret" type="password" autoComplete="new-password" error={firstError(state, "clientSecret")} />
        <Button type="submit" variant="secondary" size="sm" disabled={pending}>
          {pending ? "Saving…" : "Replace secret"}
        </Button>
      </form>
    </details>
  );
}
