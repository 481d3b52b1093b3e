// @ts-nocheck
"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/result";
import { disconnectConnections, previewDisconnect } from "@/lib/connections/disconnect";

// lib/connections checks connections:disconnect itself; these only adapt to the client.

export async function previewDisconnectAction(ids: string[]) {
  return runAction(() => previewDisconnect({ ids }));
}

export async function disconnectConnectionsAction(ids: string[], reason: string) {
  const result = await runAction(() => disconnectConnections({ ids, reason }));
  revalidatePath("/", "layout");
  return result;
}
