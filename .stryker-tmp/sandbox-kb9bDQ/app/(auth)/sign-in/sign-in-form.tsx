// @ts-nocheck
"use client";

import { useActionState } from "react";
import { signInAction, type SignInState } from "./actions";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

function lockMessage(iso: string): string {
  const until = new Date(iso);
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  return `Try again after ${until.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })} (in about ${minutes} minute${minutes === 1 ? "" : "s"}).`;
}

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.error && (
        <div role="alert" aria-label="Sign-in error" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          <p>{state.error}</p>
          {state.lockedUntil && <p>{lockMessage(state.lockedUntil)}</p>}
        </div>
      )}
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      <Field label="Email" name="email" type="email" autoComplete="username" defaultValue={state.email} error={state.fieldErrors?.email} required />
      <Field label="Password" name="password" type="password" autoComplete="current-password" error={state.fieldErrors?.password} required />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
