"use client";

import { useActionState } from "react";
import { createConnectLinkAction, type ConnectLinkState } from "../actions";
import { firstError } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CopyField } from "@/components/ui/copy-field";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";

type Grant = { id: string; name: string; email: string; status: string; customer: string | null };
type Props = { refused: { summary: string; customers: string[] } | null; appId: string; appName: string; redirectUri: string; returnUrls: string[]; grants: Grant[]; canCreate: boolean };

/** How the team's customers connect this app from its own product, and a link for one of them. */
export function ConnectLinksCard({ refused, appId, appName, redirectUri, returnUrls, grants, canCreate }: Props) {
  const [state, action, pending] = useActionState<ConnectLinkState, FormData>(createConnectLinkAction.bind(null, appId), {});
  const v = state.values ?? {};
  return (
    <Card className="mb-6">
      <h2 className="mb-2 font-semibold">Your customers&apos; connections</h2>
      {refused && (
        <div className="mb-3">
          <Notice tone="info" title="Customers turned away at the cap">
            {refused.summary}
          </Notice>
          <ul className="mt-1 list-disc pl-5 text-sm" aria-label="Customers refused at the cap">
            {refused.customers.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="text-sm text-soft">
        Your product starts a connect session (POST /api/v1/connect-sessions) and sends its customer to the link. In Xero&apos;s developer portal, {appName} must list exactly this redirect URI;
        connect sessions and Connect organisation both return there:
      </p>
      <div className="mt-2">
        <CopyField label="Redirect URI to register in Xero" value={redirectUri} />
      </div>
      <h3 className="mt-4 text-sm font-medium">Allowed return URLs</h3>
      {returnUrls.length > 0 ? (
        <ul className="mt-1 list-disc pl-5 font-mono text-xs" aria-label="Allowed return URLs">
          {returnUrls.map((u) => (
            <li key={u}>{u}</li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-muted">None yet: add them on the Edit page before creating connect sessions.</p>
      )}
      {canCreate && returnUrls.length > 0 && (
        <details className="mt-4" open={Boolean(state.url || state.error)}>
          <summary className="cursor-pointer text-sm font-medium">Create a connect link for a customer</summary>
          <form action={action} className="mt-3 space-y-3" aria-label="Create a connect link" key={state.url ?? "form"}>
            {state.error && !state.fieldErrors && <Notice tone="error">{state.error}</Notice>}
            <div className="grid gap-3 sm:grid-cols-2">
              <Field
                label="Customer id"
                name="customerId"
                defaultValue={v.customerId}
                error={firstError(state, "customerId") ?? firstError(state, "endUser.id")}
                hint="Your product's id for them"
                required
              />
              <Field label="Customer name" name="customerName" defaultValue={v.customerName} error={firstError(state, "customerName")} />
              <Field label="Customer email" name="customerEmail" type="email" defaultValue={v.customerEmail} error={firstError(state, "customerEmail")} />
              <Field label="Customer account" name="accountName" defaultValue={v.accountName} error={firstError(state, "accountName")} hint="Their company in your product" />
            </div>
            <SelectField
              label="Return URL"
              name="returnUrl"
              options={returnUrls.map((u) => ({ value: u, label: u }))}
              defaultValue={v.returnUrl ?? returnUrls[0]}
              error={firstError(state, "returnUrl")}
            />
            <SelectField
              label="Reconnect"
              name="reconnectGrantId"
              options={[
                { value: "", label: "No: a new connection" },
                ...grants.map((g) => ({
                  value: g.id,
                  label: `${g.name} (${g.email})${g.customer ? ` · customer ${g.customer}` : ""}${g.status === "needs_reauth" ? " · needs re-authorisation" : ""}`,
                })),
              ]}
              defaultValue={v.reconnectGrantId ?? ""}
              error={firstError(state, "reconnectGrantId")}
            />
            <Button type="submit" variant="secondary" size="sm" disabled={pending}>
              {pending ? "Creating…" : "Create link"}
            </Button>
          </form>
          {state.url && (
            <div className="mt-3 space-y-2" role="status" aria-label="Connect link created">
              <CopyField label="Connect link" value={state.url} />
              <p className="text-xs text-muted">
                {state.message} Expires {new Date(state.expiresAt!).toLocaleString()}.
              </p>
            </div>
          )}
        </details>
      )}
    </Card>
  );
}
