"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { CONNECT_APP_COOKIE, startConnect } from "@/lib/connections/connect";
import { connectCustomConnection } from "@/lib/connections/connect-custom";
import { startAppSync } from "@/lib/connections/sync";
import { createConnectLink, linkFormSchema } from "@/lib/connect-sessions/dashboard-link";
import { appIdSchema } from "@/lib/apps/schemas";
import { defineAction } from "@/lib/actions/define";
import { formToObject, formWith } from "@/lib/actions/result";
import { toFormState, type FormState } from "@/lib/actions/form-state";

export const startConnectAction = defineAction({
  permission: "connections:connect",
  input: appIdSchema,
  run: async (appId, user) => {
    const url = await startConnect(appId, user);
    // Remembers which app page to return to even if Xero comes back with a state we cannot match.
    (await cookies()).set(CONNECT_APP_COOKIE, appId, { httpOnly: true, sameSite: "lax", path: "/api/xero/callback", maxAge: 600 });
    redirect(url);
  },
});

export const connectCustomAction = defineAction({
  permission: "connections:connect",
  input: appIdSchema,
  run: async (appId, user) => {
    const outcome = await connectCustomConnection(appId, user);
    revalidatePath(`/apps/${appId}`);
    redirect(outcome.ok ? `/apps/${appId}?connected=${encodeURIComponent(outcome.authEventId)}` : `/apps/${appId}?connect_error=${outcome.code}`);
  },
});

// startAppSync checks connections:sync again: the REST API (POST /api/v1/sync) calls it too.
export const startSyncAction = defineAction({
  permission: "connections:sync",
  input: appIdSchema,
  run: (appId) => startAppSync(appId),
});

export type ConnectLinkState = FormState & { url?: string; expiresAt?: string };

const createLink = defineAction({
  permission: "connect-links:create",
  input: linkFormSchema.extend({ appId: appIdSchema }),
  run: ({ appId, ...input }) => createConnectLink(appId, input),
});

export async function createConnectLinkAction(appId: string, _prev: ConnectLinkState, form: FormData): Promise<ConnectLinkState> {
  const values = formToObject(form);
  const result = await createLink(formWith(form, { appId }));
  if (!result.ok) return toFormState(result, values);
  return { ...toFormState(result, values, "Link created. Send it to your customer: it works once, for 30 minutes."), values, ...result.data };
}
