"use client";

import { useActionState } from "react";
import { createUserAction } from "../actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";
import { Notice } from "@/components/ui/notice";
import { roles } from "@/lib/auth/permissions";
import type { ActionResult } from "@/lib/errors";

type Values = { email: string; name: string; role: string };
type State = { result?: ActionResult<{ email: string }>; values: Values };

const empty: Values = { email: "", name: "", role: "developer" };
const roleOptions = roles.map((role) => ({ value: role, label: role[0]!.toUpperCase() + role.slice(1) }));

export function CreateUserForm() {
  // The action returns no input; keep what was typed here so a failed submit does not wipe it (never the password).
  const [state, action, pending] = useActionState<State, FormData>(
    async (prev, form) => {
      const result = await createUserAction(prev.result, form);
      const values = { email: String(form.get("email") ?? ""), name: String(form.get("name") ?? ""), role: String(form.get("role") ?? "developer") };
      return { result, values: result.ok ? empty : values };
    },
    { values: empty },
  );
  const { result, values } = state;
  const fieldError = (name: string) => (result && !result.ok ? result.fieldErrors?.[name]?.[0] : undefined);

  return (
    <form action={action} noValidate aria-labelledby="add-user-heading" className="space-y-4">
      <h2 id="add-user-heading" className="font-semibold">
        Add user
      </h2>
      {result?.ok && <Notice tone="success">Added {result.data.email}. They can sign in with the initial password you set.</Notice>}
      {result && !result.ok && (
        <Notice tone="error" title="Could not add the user">
          {result.error}
        </Notice>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Email" name="email" type="email" autoComplete="off" defaultValue={values.email} error={fieldError("email")} required />
        <Field label="Name" name="name" autoComplete="off" defaultValue={values.name} error={fieldError("name")} required />
        <SelectField label="Role" name="role" options={roleOptions} defaultValue={values.role} error={fieldError("role")} key={values.role} />
        <Field label="Initial password" name="password" type="password" autoComplete="new-password" hint="At least 12 characters. Share it with them safely." error={fieldError("password")} required />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add user"}
      </Button>
    </form>
  );
}
