import crypto from "node:crypto";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { users } from "@/db/schema";
import { firstRow } from "@/db/query";
import { env } from "@/lib/env";
import { realNowMs } from "@/lib/clock";
import { sameOriginPath } from "@/lib/url";
import { readSignInTicket } from "@/lib/auth/ticket";
import { isSessionUsable } from "@/lib/auth/revocation";

// next-auth with a JWT session cookie. The cookie is re-issued on activity (proxy.ts), so a session
// ends after SESSION_IDLE_HOURS without requests. Every request re-reads the user: a deactivated
// user's session ends at once and a role change applies at once. Cookies issued before a deactivation
// stay dead after reactivation (users.sessionsNotBefore).

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: env().authSecret,
  trustHost: true,
  // Secure (and __Secure- prefixed) cookies whenever the public address is https, even when the proxy
  // in front of us does not say X-Forwarded-Proto.
  ...(env().appUrl.startsWith("https://") ? { useSecureCookies: true } : {}),
  session: { strategy: "jwt", maxAge: env().SESSION_IDLE_HOURS * 60 * 60, updateAge: 0 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    Credentials({
      credentials: { ticket: {} },
      authorize: async (credentials) => {
        const userId = readSignInTicket(credentials?.ticket);
        if (!userId) return null;
        const user = await firstRow(getDb().select({ id: users.id, email: users.email, name: users.name, active: users.active }).from(users).where(eq(users.id, userId)).limit(1));
        return user?.active ? { id: user.id, email: user.email, name: user.name } : null;
      },
    }),
  ],
  callbacks: {
    // Used by proxy.ts: signed-out visitors go to /sign-in with the path to return to.
    authorized: ({ auth: session, request }) => {
      if (session?.user) return true;
      const { pathname, search } = request.nextUrl;
      const url = new URL("/sign-in", request.nextUrl.origin);
      if (pathname !== "/") url.searchParams.set("callbackUrl", `${pathname}${search}`);
      return Response.redirect(url);
    },
    // Every redirect next-auth makes (after sign-in, after sign-out) stays on our own origin.
    redirect: ({ url, baseUrl }) => new URL(sameOriginPath(url, baseUrl) ?? "/", baseUrl).toString(),
    jwt: async ({ token, user }) => {
      const id = user?.id ?? token.sub;
      // Each sign-in gets its own id and time, kept across re-issues, so signing out can revoke exactly
      // it and a deactivation can refuse every cookie issued before it.
      const sessionId = user ? crypto.randomUUID() : typeof token.sessionId === "string" ? token.sessionId : null;
      const signedInAt = user ? realNowMs() : typeof token.signedInAt === "number" ? token.signedInAt : 0;
      if (!id || !sessionId || !(await isSessionUsable({ userId: id, sessionId, signedInAt }))) return null;
      return { ...token, sub: id, sessionId, signedInAt };
    },
    session: ({ session, token }) => ({ ...session, sessionId: token.sessionId, user: { ...session.user, id: token.sub ?? "" } }),
  },
}));
