"use server";

import { defineAction, defineFormAction } from "@/lib/actions/define";
import { createApiKey, revokeApiKey } from "@/lib/api-keys/mutations";
import { createApiKeySchema, revokeApiKeySchema } from "@/lib/api-keys/schemas";

const manageKeys = { permission: "api-keys:manage", revalidate: "/settings/api-keys" } as const;

export const createApiKeyAction = defineFormAction({ ...manageKeys, input: createApiKeySchema, run: createApiKey });

export const revokeApiKeyAction = defineAction({ ...manageKeys, input: revokeApiKeySchema, run: ({ keyId }, user) => revokeApiKey(keyId, user) });
