import "server-only";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { getDb } from "@/db/index";
import { connectSessions, grants, xeroApps } from "@/db/schema";
import { first, transact } from "@/db/steps";
import type { connectSessionSchema, createConnectSessionEndpoint } from "@/lib/api/endpoints/customers";
import { requirePermission } from "@/lib/auth/session";
import { auditStep } from "@/lib/audit/record";
import { realNow } from "@/lib/clock";
import { env } from "@/lib/env";
import { AppError, notFound } from "@/lib/errors";
import { endUserByIdStep, endUserLabel, endUserView, upsertEndUserStep } from "@/lib/end-users/store";
import { insertConnectSessionStep } from "./links";
import { matchReturnUrl } from "./return-url";
import { CONNECT_STATE_TTL_MINUTES } from "@/lib/connections/connect-errors";

// Domain: the team's backend (or a developer or support user in the dashboard) starts a connect session
// for one of its customers; anyone with read access can follow its status.

export type CreateSessionInput = z.output<(typeof createConnectSessionEndpoint)["body"]>;
type SessionRow = typeof connectSessions.$inferSelect;
export type SessionView = z.input<typeof connectSessionSchema>;

const conflict = (message: string) => new AppError("conflict", message);

/** A session as the API shows it; a link past its expiry reads as expired. */
export async function presentSession(row: SessionRow): Promise<SessionView> {
  const endUser = await transact((tx) => endUserByIdStep(tx, row.endUserId));
  if (!endUser) throw notFound("That connect session's end user");
  // An opened link whose customer never came back from Xero ends when its OAuth state would (10 minutes on).
  const endsAt = row.expiresAt.getTime() + (row.status === "opened" ? CONNECT_STATE_TTL_MINUTES * 60_000 : 0);
  const expired = (row.status === "pending" || row.status === "opened") && endsAt < realNow().getTime();
  return {
    id: row.id,
    appId: row.appId,
    status: expired ? "expired" : row.status,
    error: (expired ? "expired" : row.error) as SessionView["error"],
    endUser: endUserView(endUser),
    reconnectGrantId: row.reconnectGrantId,
    connectionIds: row.connectionIds,
    returnUrl: row.returnUrl,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/** Checks the app, return URL and reconnect grant, then stores the session and returns its single-use URL. */
export async function createConnectSession(input: CreateSessionInput, covers: (environment: string) => boolean = () => true): Promise<SessionView & { url: string }> {
  const actor = await requirePermission("connect-links:create");
  // The checks and the writes in one transaction: the grant's owner cannot change between them.
  const made = await transact(
    function* (tx) {
      const app = yield* first(
        tx
          .select({ id: xeroApps.id, name: xeroApps.name, environment: xeroApps.environment, plan: xeroApps.plan, allowedReturnUrls: xeroApps.allowedReturnUrls })
          .from(xeroApps)
          .where(eq(xeroApps.id, input.appId))
          .limit(1),
      );
      if (!app || !covers(app.environment)) throw notFound("That app");
      if (app.plan === "custom-connection")
        throw new AppError("bad_request", "A Custom Connection serves one organisation and is authorised in Xero's developer portal: it has no connect sessions.", {
          appId: ["Custom Connections have no connect sessions."],
        });
      const returnUrl = matchReturnUrl(input.returnUrl, app.allowedReturnUrls, env().XERO_MODE === "live");
      if (!returnUrl.ok) throw new AppError("bad_request", "Some fields of the body need attention.", { returnUrl: [returnUrl.reason] });
      if (input.reconnectGrantId) {
        const grant = yield* first(tx.select({ appId: grants.appId, source: grants.source, endUserId: grants.endUserId }).from(grants).where(eq(grants.id, input.reconnectGrantId)).limit(1));
        if (!grant || grant.appId !== app.id) throw notFound("That grant (reconnectGrantId)");
        if (grant.source === "observed") throw conflict("That grant is observed only: your product holds its tokens, so it reconnects in your product, not through Connection Desk.");
        const owner = yield* endUserByIdStep(tx, grant.endUserId);
        if (owner && owner.externalId !== input.endUser.id) throw conflict(`That grant belongs to another end user (${owner.externalId}): a reconnect must be made by the same customer.`);
      }
      const endUser = yield* upsertEndUserStep(tx, input.endUser);
      const session = yield* insertConnectSessionStep(tx, {
        appId: app.id,
        endUserId: endUser.id,
        returnUrl: returnUrl.url.toString(),
        reconnectGrantId: input.reconnectGrantId ?? null,
        createdBy: actor.id,
      });
      yield* auditStep(tx, {
        actor,
        action: "connect_session.created",
        target: { type: "app", id: app.id, label: app.name },
        details: { session: session.id, endUser: endUserLabel(endUser), endUserId: endUser.externalId, reconnectGrantId: input.reconnectGrantId ?? null },
      });
      return session;
    },
    { immediate: true },
  );
  return { ...(await presentSession(made.row)), url: made.url };
}

export async function getConnectSession(id: string, covers: (environment: string) => boolean = () => true): Promise<SessionView> {
  await requirePermission("connections:read");
  const [row] = await getDb()
    .select({ session: connectSessions, environment: xeroApps.environment })
    .from(connectSessions)
    .innerJoin(xeroApps, eq(xeroApps.id, connectSessions.appId))
    .where(eq(connectSessions.id, id))
    .limit(1);
  if (!row || !covers(row.environment)) throw notFound("That connect session");
  return presentSession(row.session);
}
