// @ts-nocheck
import { vi } from "vitest";

// Stands in for lib/auth/auth (next-auth) in unit tests: `auth()` returns a session for whichever user
// id the test puts in `testSession`. Use with:
//   vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

export const testSession: { userId: string | null } = { userId: null };

export function authModuleMock() {
  const notUsed = async () => new Response("next-auth is mocked in unit tests", { status: 200 });
  return {
    auth: vi.fn(async () => (testSession.userId ? { user: { id: testSession.userId }, expires: "2999-01-01T00:00:00.000Z" } : null)),
    signIn: vi.fn(async () => undefined),
    signOut: vi.fn(async () => undefined),
    handlers: { GET: vi.fn(notUsed), POST: vi.fn(notUsed) },
  };
}

/** The sign-in action imports AuthError from next-auth itself; next-auth cannot load outside Next. */
export function nextAuthModuleMock() {
  return { AuthError: class AuthError extends Error {} };
}

/** next/navigation's control-flow helpers throw, as the real ones do, so code after them never runs. */
export function navigationModuleMock() {
  const thrower = (digest: string) => () => {
    throw Object.assign(new Error(digest), { digest });
  };
  return { redirect: vi.fn(thrower("NEXT_REDIRECT")), forbidden: vi.fn(thrower("NEXT_HTTP_ERROR_FALLBACK;403")), notFound: vi.fn(thrower("NEXT_HTTP_ERROR_FALLBACK;404")) };
}

export function cacheModuleMock() {
  return { revalidatePath: vi.fn(), revalidateTag: vi.fn() };
}
