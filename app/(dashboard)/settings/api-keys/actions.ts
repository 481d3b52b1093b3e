"use server";

import { revalidatePath } from "next/cache";
import { defineAction, defineFormAction } from "@/lib/actions/define";
import { createApiKey, revokeApiKey } from "@/lib/api-keys/mutations";
import { createApiKeySchema, revokeApiKeySchema } from "@/lib/api-keys/schemas";

export const createApiKeyAction = defineFormAction({
  permission: "api-keys:manage",
  input: createApiKeySchema,
  run: async (input, { user }) => {
    const created = await createApiKey(input, user);
    revalidatePath("/settings/api-keys");
    return created;
  },
});

/** Input: { keyId }. */
export const revokeApiKeyAction = defineAction({
  permission: "api-keys:manage",
  input: revokeApiKeySchema,
  run: async ({ keyId }, { user }) => {
    await revokeApiKey(keyId, user);
    revalidatePath("/settings/api-keys");
  },
});
