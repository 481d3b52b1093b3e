// @ts-nocheck
import crypto from "node:crypto";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { users } from "@/db/schema";
import { env } from "@/lib/env";
import { readSignInTicket } from "@/lib/auth/ticket";
import { isSessionRevoked } from "@/lib/auth/revocation";

// next-auth with a JWT session cookie. The cookie is re-issued on activity (proxy.ts), so a session
// ends after SESSION_IDLE_HOURS without requests. Every request re-reads the user: a deactivated
// user's session ends at once and a role change applies at once.

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: env().authSecret,
  trustHost: true,
  session: { strategy: "jwt", maxAge: env().SESSION_IDLE_HOURS * 60 * 60, updateAge: 0 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    Credentials({
      credentials: { ticket: {} },
      authorize: async (credentials) => {
        const userId = readSignInTicket(credentials?.ticket);
        if (!userId) return null;
        const user = getDb().select({ id: users.id, email: users.email, name: users.name, active: users.active }).from(users).where(eq(users.id, userId)).get();
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
    jwt: ({ token, user }) => {
      const id = user?.id ?? token.sub;
      // Each sign-in gets its own id, kept across re-issues, so signing out can revoke exactly it.
      const sessionId = user ? crypto.randomUUID() : typeof token.sessionId === "string" ? token.sessionId : null;
      if (!id || !sessionId || isSessionRevoked(sessionId)) return null;
      const row = getDb().select({ active: users.active }).from(users).where(eq(users.id, id)).get();
      if (!row?.active) return null;
      return { ...token, sub: id, sessionId };
    },
    session: ({ session, token }) => ({ ...session, sessionId: token.sessionId, user: { ...session.user, id: token.sub ?? "" } }),
  },
}));
