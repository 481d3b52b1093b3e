"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { createApp, deleteApp, replaceAppSecret, updateApp } from "@/lib/apps/mutations";
import { createAppInSandbox, sandboxAppSchema } from "@/lib/apps/create-in-sandbox";
import { appIdSchema, createAppSchema, replaceSecretSchema, updateAppSchema } from "@/lib/apps/schemas";
import { defineAction } from "@/lib/actions/define";
import { formToObject, formWith } from "@/lib/actions/result";
import { toFormState, type FormState } from "@/lib/actions/form-state";

// The forms hold a FormState: a refusal keeps what was typed; success redirects (inside `run`, which
// lets Next's redirect through).

const register = defineAction({
  permission: "apps:manage",
  input: createAppSchema,
  run: async (input, user) => {
    const { id } = await createApp(input, user);
    revalidatePath("/apps");
    redirect(`/apps/${id}?registered=1`);
  },
});

const registerInSandbox = defineAction({
  permission: "apps:manage",
  input: sandboxAppSchema,
  run: async (input, user) => {
    const { id } = await createAppInSandbox(input, user);
    revalidatePath("/apps");
    redirect(`/apps/${id}?registered=sandbox`);
  },
});

const update = defineAction({
  permission: "apps:manage",
  // The app's id is bound on the page; it is parsed with the form like any other field.
  input: updateAppSchema.extend({ appId: appIdSchema }),
  run: async ({ appId, ...input }, user) => {
    await updateApp(appId, input, user);
    revalidatePath(`/apps/${appId}`);
    redirect(`/apps/${appId}?updated=1`);
  },
});

const replaceSecret = defineAction({
  permission: "apps:manage",
  input: replaceSecretSchema.extend({ appId: appIdSchema }),
  run: async ({ appId, clientSecret }, user) => {
    await replaceAppSecret(appId, clientSecret, user);
    revalidatePath(`/apps/${appId}`);
  },
});

const remove = defineAction({
  permission: "apps:manage",
  input: appIdSchema,
  run: async (appId, user) => {
    await deleteApp(appId, user);
    revalidatePath("/apps");
    redirect("/apps?deleted=1");
  },
});

export async function createAppAction(_prev: FormState, form: FormData): Promise<FormState> {
  return toFormState(await register(form), formToObject(form));
}

export async function createAppInSandboxAction(_prev: FormState, form: FormData): Promise<FormState> {
  return toFormState(await registerInSandbox(form), formToObject(form));
}

export async function updateAppAction(appId: string, _prev: FormState, form: FormData): Promise<FormState> {
  return toFormState(await update(formWith(form, { appId })), formToObject(form));
}

export async function replaceAppSecretAction(appId: string, _prev: FormState, form: FormData): Promise<FormState> {
  return toFormState(await replaceSecret(formWith(form, { appId })), formToObject(form), "The new client secret is stored, encrypted. It will not be shown again.");
}

export async function deleteAppAction(appId: string): Promise<FormState> {
  return toFormState(await remove(appId), {});
}
