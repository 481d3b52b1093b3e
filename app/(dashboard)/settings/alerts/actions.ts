"use server";

import { defineAction, defineFormAction } from "@/lib/actions/define";
import { createWebhook, deleteWebhook, sendTestWebhook, setWebhookActive } from "@/lib/alerts/mutations";
import { createWebhookSchema, setWebhookActiveSchema, webhookIdSchema } from "@/lib/alerts/schemas";

const manageAlerts = { permission: "settings:manage", revalidate: "/settings/alerts" } as const;

export const createWebhookAction = defineFormAction({ ...manageAlerts, input: createWebhookSchema, run: createWebhook });

export const setWebhookActiveAction = defineFormAction({ ...manageAlerts, input: setWebhookActiveSchema, run: setWebhookActive });

export const deleteWebhookAction = defineAction({ ...manageAlerts, input: webhookIdSchema, run: deleteWebhook });

export const sendTestWebhookAction = defineAction({ ...manageAlerts, input: webhookIdSchema, run: sendTestWebhook });
