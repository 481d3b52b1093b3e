import "server-only";
import type { z } from "zod";
import { revalidatePath } from "next/cache";
import { requirePermission, type SessionUser } from "@/lib/auth/session";
import type { Permission } from "@/lib/auth/permissions";
import type { ActionResult } from "@/lib/errors";
import { formToInput, parseInput, runAction } from "./result";

// The one way a dashboard server action runs (docs/architecture.md#authorisation): re-read the session,
// check the role's permission, parse the input, then run. A server action is a public endpoint, so
// nothing of `run` executes for a caller who is signed out, lacks the permission or sent bad input.

export type ActionDefinition<S extends z.ZodType, T> = {
  permission: Permission;
  /** Parses the input (FormData is read into an object first); failures become field errors. */
  input: S;
  /** Gets the parsed input and the signed-in user (the actor an audit entry names). */
  run: (input: z.output<S>, user: SessionUser) => Promise<T>;
  /** A page whose data `run` changed: Next re-renders it after a success. */
  revalidate?: string;
};

/** A server action taking one input: a FormData, or what its schema accepts (an object or a single value). */
export type Action<S extends z.ZodType, T> = (input: z.input<S> | FormData) => Promise<ActionResult<T>>;

export function defineAction<S extends z.ZodType, T>(definition: ActionDefinition<S, T>): Action<S, T> {
  return async (raw) =>
    runAction(async () => {
      // Signed out → unauthenticated, wrong role → forbidden, both before the input is even read.
      const user = await requirePermission(definition.permission);
      const input = parseInput(definition.input, raw instanceof FormData ? formToInput(raw) : raw);
      const data = await definition.run(input, user);
      if (definition.revalidate) revalidatePath(definition.revalidate);
      return data;
    });
}

/** The same, shaped for useActionState: (previous state, form data). */
export function defineFormAction<S extends z.ZodType, T>(definition: ActionDefinition<S, T>): (previous: unknown, form: FormData) => Promise<ActionResult<T>> {
  const action = defineAction(definition);
  return async (_previous, form) => action(form);
}
