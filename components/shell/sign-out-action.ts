"use server";

import { signOut } from "@/lib/auth/auth";
import { getCurrentUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";

// Anyone may sign out; the audit names the user when there still is one.
export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) recordAudit({ actor: { id: user.id, email: user.email }, action: "auth.sign_out" });
  await signOut({ redirectTo: "/sign-in" });
}
