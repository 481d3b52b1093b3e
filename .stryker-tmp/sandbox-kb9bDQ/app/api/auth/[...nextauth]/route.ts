// @ts-nocheck
// GET/POST /api/auth/* – next-auth's own endpoints (public: session, csrf, sign-in callback)
import { handlers } from "@/lib/auth/auth";

export const { GET, POST } = handlers;
