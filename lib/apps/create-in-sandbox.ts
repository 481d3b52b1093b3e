import "server-only";
import type { z } from "zod";
import type { SessionUser } from "@/lib/auth/session";
import { SERVICE_KEY_HEADER, sandboxServiceKey } from "@/lib/auth/service-key";
import { parseInput } from "@/lib/actions/result";
import { AppError } from "@/lib/errors";
import { env, isSandboxMode } from "@/lib/env";
import { createSandboxPortalApp } from "@/lib/xero/sandbox-portal";
import { isXeroError } from "@/lib/xero/errors";
import { createApp } from "./mutations";
import { callbackUrl } from "./queries";
import { appFieldsSchema, createAppSchema } from "./schemas";

// "Create in sandbox": makes the app on the built-in sandbox's developer portal (over HTTP, like any
// Xero call) with our callback as its redirect URI, then registers it here with the credentials it got.
// The caller (a server action, through defineAction) has checked "apps:manage" and parsed the form.
export const sandboxAppSchema = appFieldsSchema.omit({ clientId: true });

export async function createAppInSandbox(input: z.output<typeof sandboxAppSchema>, user: SessionUser): Promise<{ id: string }> {
  if (!isSandboxMode()) throw new AppError("bad_request", "Create in sandbox works only when the dashboard runs with the built-in sandbox (XERO_MODE=sandbox).");
  if (/xero/i.test(input.name)) throw new AppError("bad_request", "Some fields need attention.", { name: ["Xero does not allow “Xero” in an app's name."] });
  let created;
  try {
    created = await createSandboxPortalApp(
      `${env().appUrl}/sandbox/xero/portal`,
      { name: input.name, plan: input.plan, certified: input.certified, redirectUris: [callbackUrl()] },
      { [SERVICE_KEY_HEADER]: sandboxServiceKey() },
    );
  } catch (error) {
    throw new AppError("upstream", `The sandbox did not create the app${isXeroError(error) ? ` (${error.userMessage})` : ""}. Try again.`);
  }
  // The sandbox's answer goes through the same schema as a typed-in client id and secret.
  return createApp(parseInput(createAppSchema, { ...input, capOverride: input.capOverride ?? "", clientId: created.clientId, clientSecret: created.clientSecret ?? "" }), user);
}
