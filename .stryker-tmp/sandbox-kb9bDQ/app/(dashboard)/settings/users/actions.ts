// @ts-nocheck
"use server";

import { revalidatePath } from "next/cache";
import { formToObject, runAction } from "@/lib/actions/result";
import type { ActionResult } from "@/lib/errors";
import { changeUserRole, createUser, setUserActive } from "@/lib/users/mutations";

// Thin wrappers: lib/users checks the caller's permission ("users:manage") and validates the input.

export async function createUserAction(_prev: unknown, form: FormData): Promise<ActionResult<{ email: string }>> {
  return runAction(async () => {
    const { email } = await createUser(formToObject(form));
    revalidatePath("/settings/users");
    return { email };
  });
}

export async function changeUserRoleAction(_prev: unknown, form: FormData): Promise<ActionResult<{ changed: boolean }>> {
  return runAction(async () => {
    const result = await changeUserRole(formToObject(form));
    revalidatePath("/settings/users");
    return result;
  });
}

export async function setUserActiveAction(_prev: unknown, form: FormData): Promise<ActionResult<{ changed: boolean }>> {
  return runAction(async () => {
    const result = await setUserActive(formToObject(form));
    revalidatePath("/settings/users");
    return result;
  });
}
