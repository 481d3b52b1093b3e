// @ts-nocheck
"use server";

import { revalidatePath } from "next/cache";
import { formToObject, runAction } from "@/lib/actions/result";
import { createWebhook, deleteWebhook, sendTestWebhook, setWebhookActive } from "@/lib/alerts/mutations";

// Thin wrappers: lib/alerts checks the caller's permission ("settings:manage") and validates the input.

export async function createWebhookAction(_prev: unknown, form: FormData) {
  return runAction(async () => {
    const created = await createWebhook({ url: form.get("url") ?? "", secret: form.get("secret") ?? "", events: form.getAll("events") });
    revalidatePath("/settings/alerts");
    return created;
  });
}

export async function setWebhookActiveAction(_prev: unknown, form: FormData) {
  return runAction(async () => {
    const result = await setWebhookActive(formToObject(form));
    revalidatePath("/settings/alerts");
    return result;
  });
}

export async function deleteWebhookAction(webhookId: string) {
  return runAction(async () => {
    await deleteWebhook(webhookId);
    revalidatePath("/settings/alerts");
  });
}

export async function sendTestWebhookAction(webhookId: string) {
  return runAction(async () => {
    const result = await sendTestWebhook(webhookId);
    revalidatePath("/settings/alerts");
    return result;
  });
}
