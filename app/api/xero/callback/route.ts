// GET /api/xero/callback – where Xero returns after a consent: a connect session's (public: the state ties
// it to the session) or the dashboard's Connect (developer, admin).
import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { CONNECT_APP_COOKIE, completeConnect } from "@/lib/connections/connect";
import { toPublicError } from "@/lib/errors";
import { env } from "@/lib/env";
import { completeSession, isSessionState } from "@/lib/connect-sessions/flow";

export const dynamic = "force-dynamic";

const to = (path: string) => Response.redirect(new URL(path, env().appUrl), 303);

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  // A customer's connect session needs no dashboard account: its state alone says where it goes.
  if (await isSessionState(params.get("state"))) {
    const back = await completeSession(params);
    return back ? Response.redirect(back, 303) : to("/connect/invalid");
  }
  if (!(await getCurrentUser())) return to(`/sign-in?callbackUrl=${encodeURIComponent(`/api/xero/callback?${params}`)}`);
  try {
    const outcome = await completeConnect(params);
    const appId = outcome.appId ?? request.cookies.get(CONNECT_APP_COOKIE)?.value;
    const base = appId && /^[0-9a-f-]{36}$/.test(appId) ? `/apps/${appId}` : "/apps";
    return to(outcome.ok ? `${base}?connected=${encodeURIComponent(outcome.authEventId)}` : `${base}?connect_error=${outcome.code}`);
  } catch (error) {
    const { code } = toPublicError(error);
    return to(`/apps?connect_error=${code === "forbidden" ? "forbidden" : "xero_error"}`);
  }
}
