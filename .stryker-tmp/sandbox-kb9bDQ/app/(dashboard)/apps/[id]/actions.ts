// @ts-nocheck
"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { runAction } from "@/lib/actions/result";
import { CONNECT_APP_COOKIE, startConnect } from "@/lib/connections/connect";
import { connectCustomConnection } from "@/lib/connections/connect-custom";
import { startAppSync } from "@/lib/connections/sync";

// lib/connections checks the caller's role (connections:connect / connections:sync) itself.

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
