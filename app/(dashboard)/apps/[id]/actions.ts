"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { CONNECT_APP_COOKIE, startConnect } from "@/lib/connections/connect";
import { connectCustomConnection } from "@/lib/connections/connect-custom";
import { startAppSync } from "@/lib/connections/sync";
import { createConnectLink } from "@/lib/connect-sessions/dashboard-link";
import { formToObject, runAction } from "@/lib/actions/result";
import { toFormState, type FormState } from "@/lib/actions/form-state";

// lib/connections checks the caller's role (connections:connect / connections:sync) itself, and
// lib/connect-sessions checks connect-links:create.

export async function startConnectAction(appId: string) {
  const result = await runAction(() => startConnect(appId));
  if (!result.ok) return result;
  // Remembers which app page to return to even if Xero comes back with a state we cannot match.
  (await cookies()).set(CONNECT_APP_COOKIE, appId, { httpOnly: true, sameSite: "lax", path: "/api/xero/callback", maxAge: 600 });
  redirect(result.data);
}

export async function connectCustomAction(appId: string) {
  const result = await runAction(() => connectCustomConnection(appId));
  if (!result.ok) return result;
  revalidatePath(`/apps/${appId}`);
  redirect(result.data.ok ? `/apps/${appId}?connected=${encodeURIComponent(result.data.authEventId)}` : `/apps/${appId}?connect_error=${result.data.code}`);
}

export async function startSyncAction(appId: string) {
  return runAction(() => startAppSync(appId));
}

export type ConnectLinkState = FormState & { url?: string; expiresAt?: string };

export async function createConnectLinkAction(appId: string, _prev: ConnectLinkState, form: FormData): Promise<ConnectLinkState> {
  const values = formToObject(form);
  const result = await runAction(() => createConnectLink(appId, values));
  if (!result.ok) return toFormState(result, values);
  return { ...toFormState(result, values, "Link created. Send it to your customer: it works once, for 30 minutes."), values, ...result.data };
}
