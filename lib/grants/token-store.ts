import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { grants } from "@/db/schema";
import { first, run, transact } from "@/db/steps";
import { openTokens, sealTokens } from "./sealed-tokens";
import { xeroNow } from "@/lib/clock";
import { clientCredentials, refreshTokens } from "@/lib/xero/tokens";
import { refreshOnce } from "@/lib/xero/single-flight";
import { refreshInTurn } from "./refresh-lease";
import { XeroNetworkError, XeroOAuthError } from "@/lib/xero/errors";
import type { CallOptions, TokenSet } from "@/lib/xero/types";
import { appCredentials, type AppCredentials } from "./app-credentials";
import { appCallOptions } from "./rate-limit-samples";
import { refreshStaleness } from "@/lib/staleness/apply";
import { queueReauthAlertStep } from "@/lib/alerts/connection-alerts";
import { AppError } from "@/lib/errors";

// System layer: holds each grant's token set, sealed, and hands out a working access token,
// refreshing (once per grant at a time, across processes) when the current one is about to expire.

const EXPIRY_MARGIN_MS = 60_000;

async function loadGrant(grantId: string) {
  const [grant] = await getDb().select().from(grants).where(eq(grants.id, grantId)).limit(1);
  if (!grant) throw new Error(`Grant ${grantId} does not exist`);
  return grant;
}

/** A valid access token for the grant, refreshed when it expires within a minute. */
export async function accessTokenFor(grantId: string): Promise<string> {
  return (await validTokenSet(grantId)).accessToken;
}

/** The grant's token set with at least a minute of life left, refreshing first (single flight) when needed. */
export async function validTokenSet(grantId: string): Promise<TokenSet> {
  const grant = await loadGrant(grantId);
  if (grant.tokenSetEnc && grant.accessExpiresAt && grant.accessExpiresAt.getTime() - xeroNow().getTime() > EXPIRY_MARGIN_MS) {
    return openTokens(grant.tokenSetEnc);
  }
  return refreshGrant(grantId, grant);
}

/**
 * Refreshes the grant's tokens and stores the new set. `invalid_grant` marks the grant needs_reauth and
 * its connections stale (nothing is deleted). A lost response is retried once with the same refresh
 * token, which Xero still accepts for 30 minutes after a rotation.
 */
export async function refreshGrant(grantId: string, seen?: { refreshObtainedAt: Date | null }): Promise<TokenSet> {
  const grant = await loadGrant(grantId);
  assertRefreshable(grant);
  const creds = await appCredentials(grant.appId);
  const options = await appCallOptions(grant.appId);
  // A refresh stored after the set the caller judged expired counts as done: judged against a later read, another
  // process's refresh that landed in between would look like the caller's starting point and be repeated.
  const obtainedBefore = (seen ?? grant).refreshObtainedAt?.getTime() ?? 0;
  // Concurrent callers in this process share one flight; processes on the same database take turns, and a
  // waiting process takes the set the other stored (refresh-lease.ts). One token call, store and failure record.
  return refreshOnce(`grant:${grantId}`, () =>
    refreshInTurn(grantId, {
      refreshedElsewhere: async () => {
        const now = await loadGrant(grantId);
        if ((now.refreshObtainedAt?.getTime() ?? 0) > obtainedBefore && now.tokenSetEnc) return openTokens(now.tokenSetEnc);
        assertRefreshable(now);
        return null;
      },
      refresh: async () => {
        const current = await loadGrant(grantId);
        try {
          const tokens = await newTokens(current.tokenSetEnc, creds, options);
          await storeRefreshedTokens(grantId, tokens);
          return tokens;
        } catch (error) {
          await recordRefreshFailure(grantId, error);
          throw error;
        }
      },
    }),
  );
}

function assertRefreshable(grant: Awaited<ReturnType<typeof loadGrant>>) {
  if (grant.status !== "active") throw new XeroOAuthError("invalid_grant", "The grant needs to be re-authorised", 400);
  if (grant.source === "observed") throw new AppError("conflict", "This grant is observed only: your product holds its tokens, so Connection Desk has none to refresh or hand out.");
}

/** Custom Connections have no refresh token: they simply ask again with client credentials. */
async function newTokens(sealed: string | null, creds: AppCredentials, options: CallOptions): Promise<TokenSet> {
  if (creds.plan === "custom-connection" && creds.clientSecret) return clientCredentials({ ...creds, clientSecret: creds.clientSecret }, options);
  const refreshToken = sealed ? openTokens(sealed).refreshToken : undefined;
  if (!refreshToken) throw new XeroOAuthError("invalid_grant", "No refresh token is held for this grant", 400);
  const input = { ...creds, refreshToken };
  try {
    return await refreshTokens(input, options);
  } catch (error) {
    if (!(error instanceof XeroNetworkError)) throw error;
    return refreshTokens(input, options);
  }
}

export async function storeRefreshedTokens(grantId: string, tokens: TokenSet): Promise<void> {
  const at = xeroNow();
  await getDb()
    .update(grants)
    .set({ tokenSetEnc: sealTokens(tokens), accessExpiresAt: tokens.expiresAt, refreshObtainedAt: at, lastRefreshOkAt: at, failureCount: 0, lastFailureReason: null, updatedAt: at })
    .where(eq(grants.id, grantId));
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** invalid_grant condemns the grant at once; other failures count at most once a day (a Xero outage is not the grant's fault). */
export async function recordRefreshFailure(grantId: string, error: unknown): Promise<void> {
  const at = xeroNow();
  const reason = error instanceof Error ? error.message : String(error);
  const condemned = error instanceof XeroOAuthError && error.code === "invalid_grant";
  // Read and write in one transaction: the grant's status and count cannot change between them, and the
  // needs_reauth alert (with its reconnect link) is queued with the change, once.
  await transact(
    function* (tx) {
      const grant = yield* first(tx.select().from(grants).where(eq(grants.id, grantId)).limit(1));
      if (!grant) throw new Error(`Grant ${grantId} does not exist`);
      if (condemned) {
        yield* run(tx.update(grants).set({ status: "needs_reauth", lastRefreshFailedAt: at, lastFailureReason: reason, updatedAt: at }).where(eq(grants.id, grantId)));
        if (grant.status === "active") yield* queueReauthAlertStep(tx, grantId, reason);
        return;
      }
      const countsToday = !grant.lastRefreshFailedAt || at.getTime() - grant.lastRefreshFailedAt.getTime() >= DAY_MS;
      yield* run(
        tx
          .update(grants)
          .set({ lastRefreshFailedAt: countsToday ? at : grant.lastRefreshFailedAt, failureCount: grant.failureCount + (countsToday ? 1 : 0), lastFailureReason: reason, updatedAt: at })
          .where(eq(grants.id, grantId)),
      );
    },
    { immediate: true },
  );
  // Marks the grant's live connections stale with their reasons; disconnected ones stay disconnected.
  if (condemned) await refreshStaleness([grantId]);
}
