// @ts-nocheck
"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { checkCredentials } from "@/lib/auth/credentials";
import { safeCallbackUrl, signInSchema } from "@/lib/auth/schemas";
import { createSignInTicket } from "@/lib/auth/ticket";
import { formToObject } from "@/lib/actions/result";

export type SignInState = {
  email?: string;
  error?: string;
  lockedUntil?: string;
  fieldErrors?: Partial<Record<"email" | "password", string>>;
};

// Public by design: this is how a visitor becomes a user. Lock-out and auditing live in checkCredentials.
export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  const input = formToObject(form);
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) {
    const flat = parsed.error.flatten().fieldErrors;
    return { email: input.email, fieldErrors: { email: flat.email?.[0], password: flat.password?.[0] } };
  }
  const { email, password, callbackUrl } = parsed.data;
  const result = await checkCredentials(email, password);
  if (!result.ok) {
    return result.reason === "locked"
      ? { email, error: "Too many failed sign-in attempts for this email.", lockedUntil: result.until.toISOString() }
      : { email, error: "Email or password is incorrect" };
  }
  try {
    await signIn("credentials", { ticket: createSignInTicket(result.user.id), redirectTo: safeCallbackUrl(callbackUrl) });
  } catch (error) {
    if (error instanceof AuthError) return { email, error: "Signing in failed. Try again." };
    throw error;
  }
  return {};
}
