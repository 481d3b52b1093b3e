import "server-only";
import crypto from "node:crypto";
import { and, eq } from "drizzle-orm";
import { grants } from "@/db/schema";
import { first, run, transact } from "@/db/steps";
import type { SessionUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { xeroNow } from "@/lib/clock";
import { appCredentials } from "@/lib/grants/app-credentials";
import { sealTokens } from "@/lib/grants/sealed-tokens";
import { appCallOptions } from "@/lib/grants/rate-limit-samples";
import { clientCredentials } from "@/lib/xero/tokens";
import { listConnections } from "@/lib/xero/connections";
import { decodeAccessToken } from "@/lib/xero/access-token";
import { connectErrorCode } from "./connect-errors";
import type { ConnectOutcome } from "./connect";
import { applyXeroListStep } from "./store";

// A Custom Connection (docs/xero.md#custom-connections): client_credentials with the app's id and secret,
// exactly one organisation, no refresh token. The grant stands for the app itself; its user is the one Xero
// names. The caller (a server action, through defineAction) has checked "connections:connect" for this user.

export async function connectCustomConnection(appId: string, user: SessionUser): Promise<ConnectOutcome> {
  const app = await appCredentials(appId);
  try {
    if (app.plan !== "custom-connection" || !app.clientSecret) return { appId, ok: false, code: "not_custom" };
    const options = await appCallOptions(appId);
    const tokens = await clientCredentials({ ...app, clientSecret: app.clientSecret }, options);
    const { connections } = await listConnections({ endpoints: app.endpoints, accessToken: tokens.accessToken }, options);
    if (connections.length === 0) return { appId, ok: false, code: "no_organisation" };
    const claims = decodeAccessToken(tokens.accessToken);
    const xeroUserId = claims.xero_userid ?? `custom-connection:${app.clientId}`;
    const authEventId = claims.authentication_event_id ?? connections[0]!.authEventId ?? crypto.randomUUID();
    const at = xeroNow();
    await transact(
      function* (tx) {
        const existing = yield* first(
          tx
            .select({ id: grants.id })
            .from(grants)
            .where(and(eq(grants.appId, appId), eq(grants.xeroUserId, xeroUserId))),
        );
        const id = existing?.id ?? crypto.randomUUID();
        const fields = {
          tokenSetEnc: sealTokens(tokens),
          accessExpiresAt: tokens.expiresAt,
          refreshObtainedAt: at,
          lastRefreshOkAt: at,
          failureCount: 0,
          status: "active" as const,
          authEventIds: [authEventId],
          updatedAt: at,
        };
        if (existing) yield* run(tx.update(grants).set(fields).where(eq(grants.id, id)));
        else yield* run(tx.insert(grants).values({ id, appId, xeroUserId, email: "", name: `${app.name} (Custom Connection)`, createdAt: at, ...fields }));
        yield* applyXeroListStep(
          tx,
          { id, appId },
          connections.map((c) => ({ ...c, authEventId: c.authEventId ?? authEventId })),
        );
      },
      { immediate: true },
    );
    const names = connections.map((c) => c.tenantName ?? c.tenantId);
    await recordAudit({ actor: user, action: "connection.connected", target: { type: "app", id: appId, label: app.name }, details: { organisations: names, customConnection: true } });
    return { appId, ok: true, authEventId, names };
  } catch (error) {
    const code = connectErrorCode(error);
    await recordAudit({ actor: user, action: "connection.connect_failed", target: { type: "app", id: appId, label: app.name }, details: { code, customConnection: true } });
    return { appId, ok: false, code };
  }
}
