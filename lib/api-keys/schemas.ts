import { z } from "zod";
import { formList } from "@/lib/validation/form-list";
import { keyEnvironments } from "./environments";
import { apiScopes } from "./scopes";

export const createApiKeySchema = z.object({
  name: z.string().trim().min(1, "Give the key a name, e.g. the service that will use it.").max(100, "Keep the name under 100 characters."),
  environment: z.enum(keyEnvironments, { error: "Choose one environment or all." }),
  scopes: formList(z.array(z.enum(apiScopes)).min(1, "Choose at least one scope.")).transform((v) => [...new Set(v)]),
});
export type CreateApiKeyInput = z.infer<typeof createApiKeySchema>;

export const revokeApiKeySchema = z.object({ keyId: z.string().uuid("Choose a key.") });
