"use server";

import { auth, signOut } from "@/lib/auth/auth";
import { revokeSession } from "@/lib/auth/revocation";
import { getCurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";

// Anyone may sign out; the audit names the user when there still is one.
export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  const session = (await auth()) as { sessionId?: unknown } | null;
  if (typeof session?.sessionId === "string") await revokeSession(session.sessionId);
  if (user) await recordAudit({ actor: { id: user.id, email: user.email }, action: "auth.sign_out" });
  await signOut({ redirectTo: "/sign-in" });
}
