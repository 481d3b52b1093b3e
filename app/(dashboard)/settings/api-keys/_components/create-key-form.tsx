"use client";

import { useActionState } from "react";
import { createApiKeyAction } from "../actions";
import { apiScopes, scopeDescriptions } from "@/lib/api-keys/scopes";
import { keyEnvironments } from "@/lib/api-keys/environments";
import type { ActionResult } from "@/lib/errors";
import { Button } from "@/components/ui/button";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { CopyField } from "@/components/ui/copy-field";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";

type Created = { id: string; name: string; secret: string; prefix: string };
type State = { result?: ActionResult<Created>; name: string; environment: string; scopes: string[] };
const empty: State = { name: "", environment: "all", scopes: ["read"] };
const environmentLabel = (e: string) => (e === "all" ? "All environments" : e[0]!.toUpperCase() + e.slice(1));

export function CreateKeyForm() {
  // Keep what was typed when the server refuses it, so nothing is lost.
  const [state, action, pending] = useActionState<State, FormData>(async (_prev, form) => {
    const result = await createApiKeyAction(undefined, form);
    return result.ok ? { ...empty, result } : { result, name: String(form.get("name") ?? ""), environment: String(form.get("environment") ?? "all"), scopes: form.getAll("scopes").map(String) };
  }, empty);
  const { result } = state;
  const fieldError = (name: string) => (result && !result.ok ? result.fieldErrors?.[name]?.[0] : undefined);
  return (
    <form action={action} noValidate aria-labelledby="create-key-heading" className="space-y-4" key={result?.ok ? result.data.id : "form"}>
      <h2 id="create-key-heading" className="font-semibold">
        Create an API key
      </h2>
      {result?.ok && (
        <Notice tone="success" title={`Key “${result.data.name}” created`}>
          <p className="mb-2">
            Copy it now: it is shown only this once. Send it as <code>Authorization: Bearer …</code>.
          </p>
          <CopyField label="API key" value={result.data.secret} />
        </Notice>
      )}
      {result && !result.ok && (
        <Notice tone="error" title="Could not create the key">
          {result.error}
        </Notice>
      )}
      <Field
        label="Name"
        name="name"
        placeholder="Production backend"
        defaultValue={state.name}
        error={fieldError("name")}
        hint="Who or what will use it, so you know what breaks if you revoke it."
        required
      />
      <SelectField
        label="Environment"
        name="environment"
        defaultValue={state.environment}
        options={keyEnvironments.map((e) => ({ value: e, label: environmentLabel(e) }))}
        error={fieldError("environment")}
      />
      <CheckboxGroup
        legend="Scopes"
        name="scopes"
        options={apiScopes.map((scope) => ({
          value: scope,
          label: (
            <>
              <span className="font-medium">{scope}</span>: {scopeDescriptions[scope]}
            </>
          ),
        }))}
        defaultValues={state.scopes}
        error={fieldError("scopes")}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create key"}
      </Button>
    </form>
  );
}
