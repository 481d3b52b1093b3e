"use client";

import { useActionState, useState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { firstError } from "@/lib/actions/form-state";
import { PLAN_RULES, PLANS } from "@/lib/limits/plans";
import { defaultScopesFor } from "@/lib/apps/scopes";
import { planRule } from "@/lib/limits/plans";
import { environments } from "@/lib/apps/environments";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { Notice } from "@/components/ui/notice";

export type AppFormValues = Partial<Record<"name" | "environment" | "plan" | "clientId" | "scopes" | "capOverride" | "portalConnectionCount" | "notes" | "allowedReturnUrls", string>> & {
  certified?: boolean;
  countDemoCompanies?: boolean;
};

type FormAction = (prev: FormState, form: FormData) => Promise<FormState>;

type Props = {
  action: FormAction;
  /** Sandbox mode: a second submit that creates the app on the sandbox and fills the credentials. */
  sandboxAction?: FormAction;
  initial?: AppFormValues;
  withSecret: boolean;
  submitLabel: string;
};

const planOptions = PLANS.map((p) => ({ value: p, label: PLAN_RULES[p].label }));
const envOptions = environments.map((e) => ({ value: e, label: e[0]!.toUpperCase() + e.slice(1) }));

const noAction: FormAction = async () => ({});

export function AppForm({ action, sandboxAction, initial = {}, withSecret, submitLabel }: Props) {
  const [registerState, formAction, registerPending] = useActionState(action, {});
  const [sandboxState, sandboxFormAction, sandboxPending] = useActionState(sandboxAction ?? noAction, {});
  const [used, setUsed] = useState<"register" | "sandbox">("register");
  const state = used === "sandbox" ? sandboxState : registerState;
  const pending = registerPending || sandboxPending;
  const v = { ...initial, ...state.values } as Record<string, string | boolean | undefined>;
  const text = (k: string) => (typeof v[k] === "string" ? (v[k] as string) : undefined);
  // Custom Connections cannot request openid profile email offline_access: the default follows the plan.
  const [plan, setPlan] = useState(text("plan") ?? "starter");
  const checked = (k: string) => v[k] === true || v[k] === "on";
  return (
    <form action={formAction} className="max-w-2xl space-y-4" noValidate key={JSON.stringify(state.values ?? {})}>
      {state.error && (
        <Notice tone="error" title="Form error">
          {state.error}
        </Notice>
      )}
      <Field label="Name" name="name" defaultValue={text("name")} error={firstError(state, "name")} required />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Environment" name="environment" options={envOptions} defaultValue={text("environment") ?? "development"} error={firstError(state, "environment")} />
        <SelectField label="Plan" name="plan" options={planOptions} defaultValue={text("plan") ?? "starter"} onChange={(e) => setPlan(e.target.value)} error={firstError(state, "plan")} />
      </div>
      <CheckboxField label="Certified" name="certified" defaultChecked={checked("certified")} hint="Certified apps do not take one of an organisation's two uncertified-app slots." />
      <Field
        label="Client id"
        name="clientId"
        defaultValue={text("clientId")}
        error={firstError(state, "clientId")}
        hint="32 hexadecimal characters, from the app's page in Xero's developer portal."
        autoComplete="off"
        spellCheck={false}
        required
      />
      {withSecret && (
        <Field
          label="Client secret"
          name="clientSecret"
          type="password"
          autoComplete="new-password"
          error={firstError(state, "clientSecret")}
          hint="Stored encrypted and never shown again. Leave empty for a PKCE app (no secret)."
        />
      )}
      <Field
        key={planRule(plan).regime === "custom" ? "custom" : "oauth"}
        label="Scopes"
        name="scopes"
        defaultValue={text("scopes") ?? defaultScopesFor(plan)}
        error={firstError(state, "scopes")}
        hint="Space-separated. offline_access keeps connections alive; openid profile email tell us who authorised each one."
      />
      <Field
        label="Cap override"
        name="capOverride"
        type="number"
        min={1}
        defaultValue={text("capOverride")}
        error={firstError(state, "capOverride")}
        hint="Only if Xero raised this app's cap (practices, franchises). Leave empty to use the plan's cap."
      />
      <CheckboxField label="Demo companies count toward the cap" name="countDemoCompanies" defaultChecked={checked("countDemoCompanies")} />
      <Field
        label="Connections Xero's developer portal shows"
        name="portalConnectionCount"
        type="number"
        min={0}
        defaultValue={text("portalConnectionCount")}
        error={firstError(state, "portalConnectionCount")}
        hint="Optional. Xero's count includes connections made outside Connection Desk; when it is larger, caps use it."
      />
      <TextareaField
        label="Allowed return URLs (one per line)"
        name="allowedReturnUrls"
        defaultValue={text("allowedReturnUrls")}
        error={firstError(state, "allowedReturnUrls")}
        placeholder="https://app.example.com/xero/connected"
        spellCheck={false}
      />
      <p className="-mt-3 text-xs text-muted">
        Where connect sessions may send your customers back to: same origin, at or under the path. https only when connected to real Xero (localhost excepted).
      </p>
      <TextareaField label="Notes" name="notes" defaultValue={text("notes")} error={firstError(state, "notes")} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending} onClick={() => setUsed("register")}>
          {registerPending ? "Saving…" : submitLabel}
        </Button>
        {sandboxAction && (
          <Button type="submit" variant="secondary" formAction={sandboxFormAction} formNoValidate disabled={pending} onClick={() => setUsed("sandbox")}>
            {sandboxPending ? "Creating…" : "Create in sandbox and register"}
          </Button>
        )}
      </div>
      {sandboxAction && (
        <p className="text-xs text-muted">Create in sandbox makes the app on the built-in Xero sandbox with this dashboard&apos;s redirect URI and fills in its client id and secret for you.</p>
      )}
    </form>
  );
}
