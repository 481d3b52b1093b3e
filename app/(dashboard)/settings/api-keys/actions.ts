"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/result";
import { createApiKey, revokeApiKey } from "@/lib/api-keys/mutations";

// Thin wrappers: lib/api-keys checks the caller's permission ("api-keys:manage") and validates the input.

export async function createApiKeyAction(_prev: unknown, form: FormData) {
  return runAction(async () => {
    const created = await createApiKey({ name: form.get("name") ?? "", environment: form.get("environment") ?? "", scopes: form.getAll("scopes") });
    revalidatePath("/settings/api-keys");
    return created;
  });
}

export async function revokeApiKeyAction(keyId: string) {
  return runAction(async () => {
    await revokeApiKey({ keyId });
    revalidatePath("/settings/api-keys");
  });
}
