// @ts-nocheck
"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { createApp, deleteApp, replaceAppSecret, updateApp } from "@/lib/apps/mutations";
import { createAppInSandbox } from "@/lib/apps/create-in-sandbox";
import { formToObject, runAction } from "@/lib/actions/result";
import { toFormState, type FormState } from "@/lib/actions/form-state";

// Each action is a public endpoint: lib/apps checks the caller's role (apps:manage) itself.

export async function createAppAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = formToObject(form);
  const result = await runAction(() => createApp(values));
  if (!result.ok) return toFormState(result, values);
  revalidatePath("/apps");
  redirect(`/apps/${result.data.id}?registered=1`);
}

export async function createAppInSandboxAction(_prev: FormState, form: FormData): Promise<FormState> {
  const values = formToObject(form);
  const result = await runAction(() => createAppInSandbox(values));
  if (!result.ok) return toFormState(result, values);
  revalidatePath("/apps");
  redirect(`/apps/${result.data.id}?registered=sandbox`);
}

export async function updateAppAction(id: string, _prev: FormState, form: FormData): Promise<FormState> {
  const values = formToObject(form);
  const result = await runAction(() => updateApp(id, values));
  if (!result.ok) return toFormState(result, values);
  revalidatePath(`/apps/${id}`);
  redirect(`/apps/${id}?updated=1`);
}

export async function replaceAppSecretAction(id: string, _prev: FormState, form: FormData): Promise<FormState> {
  const values = formToObject(form);
  const result = await runAction(() => replaceAppSecret(id, values));
  if (result.ok) revalidatePath(`/apps/${id}`);
  return toFormState(result, values, "The new client secret is stored, encrypted. It will not be shown again.");
}

export async function deleteAppAction(id: string): Promise<FormState> {
  const result = await runAction(() => deleteApp(id));
  if (!result.ok) return toFormState(result, {});
  revalidatePath("/apps");
  redirect("/apps?deleted=1");
}
