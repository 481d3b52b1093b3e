"use server";

import { revalidatePath } from "next/cache";
import { defineAction, defineFormAction } from "@/lib/actions/define";
import { createWebhook, deleteWebhook, sendTestWebhook, setWebhookActive } from "@/lib/alerts/mutations";
import { createWebhookSchema, setWebhookActiveSchema, webhookIdSchema } from "@/lib/alerts/schemas";

export const createWebhookAction = defineFormAction({
  permission: "settings:manage",
  input: createWebhookSchema,
  run: async (input, { user }) => {
    const created = await createWebhook(input, user);
    revalidatePath("/settings/alerts");
    return created;
  },
});

export const setWebhookActiveAction = defineFormAction({
  permission: "settings:manage",
  input: setWebhookActiveSchema,
  run: async (input, { user }) => {
    const result = await setWebhookActive(input, user);
    revalidatePath("/settings/alerts");
    return result;
  },
});

export const deleteWebhookAction = defineAction({
  permission: "settings:manage",
  input: webhookIdSchema,
  run: async (webhookId, { user }) => {
    await deleteWebhook(webhookId, user);
    revalidatePath("/settings/alerts");
  },
});

export const sendTestWebhookAction = defineAction({
  permission: "settings:manage",
  input: webhookIdSchema,
  run: async (webhookId, { user }) => {
    const result = await sendTestWebhook(webhookId, user);
    revalidatePath("/settings/alerts");
    return result;
  },
});
