import { z } from "zod";
import { sameOriginPath } from "@/lib/url";

export const signInSchema = z.object({
  email: z.string().trim().min(1, "Enter your email address.").email("Enter a valid email address."),
  password: z.string().min(1, "Enter your password."),
  callbackUrl: z.string().optional(),
});

/**
 * Where to go after signing in: a path on our own origin (see sameOriginPath), never back to sign-in
 * (a loop) nor to an API route; everything else lands on the overview.
 */
export function safeCallbackUrl(value: string | undefined | null, origin?: string): string {
  const path = sameOriginPath(value, origin);
  if (!path || path.startsWith("/sign-in") || path.startsWith("/api/")) return "/";
  return path;
}
