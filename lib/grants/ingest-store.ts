import "server-only";
import crypto from "node:crypto";
import { and, eq, inArray, ne } from "drizzle-orm";
import { connections, grants } from "@/db/schema";
import { applyXeroList, inTransaction } from "@/lib/connections/store";
import { upsertEndUser, type EndUserInput } from "@/lib/end-users/store";
import { afterConnectionsChanged } from "@/lib/jobs/after-sync";
import { refreshStaleness } from "@/lib/staleness/apply";
import type { XeroConnection } from "@/lib/xero/connections";
import type { TokenSet } from "@/lib/xero/types";
import { sealTokens } from "./sealed-tokens";

// System layer: writes a grant the team's product handed over (import, with tokens) or reported (observed,
// without), with its connections attributed to the product's customer. Callers have made every Xero call
// already: this is one transaction per grant, keyed on (app, Xero user) so a second report updates.

export type IngestedGrant = {
  appId: string;
  xeroUserId: string;
  /** From the id_token when there was one; null keeps what the grant already says. */
  person: { email: string; name: string } | null;
  authEventIds: string[];
  /** null: observed, no token is kept. */
  tokens: TokenSet | null;
  endUser?: EndUserInput;
  listed: XeroConnection[];
  at: Date;
};

export type IngestResult = { grantId: string; created: boolean; connectionIds: string[] };

type Tx = Parameters<Parameters<typeof inTransaction>[0]>[0];

/** No id_token (observed, or no openid scope): the same Xero user's grant on another app may name them. */
function knownElsewhere(tx: Tx, xeroUserId: string) {
  const other = tx
    .select({ email: grants.email, name: grants.name })
    .from(grants)
    .where(and(eq(grants.xeroUserId, xeroUserId), ne(grants.email, "")))
    .get();
  return other ?? { email: "", name: `Xero user ${xeroUserId.slice(0, 8)}` };
}

export async function storeIngestedGrant(g: IngestedGrant): Promise<IngestResult> {
  const result = inTransaction((tx) => {
    const endUserId = g.endUser ? upsertEndUser(tx, g.endUser, g.at).id : undefined;
    const existing = tx
      .select()
      .from(grants)
      .where(and(eq(grants.appId, g.appId), eq(grants.xeroUserId, g.xeroUserId)))
      .get();
    const id = existing?.id ?? crypto.randomUUID();
    const authEventIds = [...new Set([...(existing?.authEventIds ?? []), ...g.authEventIds])];
    const person = g.person ?? (existing ? { email: existing.email, name: existing.name } : knownElsewhere(tx, g.xeroUserId));
    const fields = {
      ...person,
      authEventIds,
      ...(endUserId ? { endUserId } : {}),
      ...(g.tokens ? tokenFields(g.tokens, g.at, existing?.source) : observedFields(g.at, existing?.source)),
      updatedAt: g.at,
    };
    if (existing) tx.update(grants).set(fields).where(eq(grants.id, id)).run();
    else
      tx.insert(grants)
        .values({ id, appId: g.appId, xeroUserId: g.xeroUserId, createdAt: g.at, ...fields })
        .run();
    applyXeroList(tx, { id, appId: g.appId }, g.listed);
    const connectionIds = g.listed.map((c) => c.id);
    if (endUserId && connectionIds.length > 0) tx.update(connections).set({ endUserId }).where(inArray(connections.id, connectionIds)).run();
    return { grantId: id, created: !existing, connectionIds };
  });
  await refreshStaleness([result.grantId]);
  afterConnectionsChanged();
  return result;
}

/** An imported token set replaces whatever was held; a grant we already held keeps its source. */
function tokenFields(tokens: TokenSet, at: Date, source: string | undefined) {
  return {
    tokenSetEnc: sealTokens(tokens),
    accessExpiresAt: tokens.expiresAt,
    refreshObtainedAt: at,
    lastRefreshOkAt: at,
    failureCount: 0,
    lastFailureReason: null,
    status: "active" as const,
    source: source && source !== "observed" ? (source as "dashboard" | "connect_session" | "import") : ("import" as const),
  };
}

/** An observation never downgrades a grant whose tokens we hold: it only records that it was seen. */
function observedFields(at: Date, source: string | undefined) {
  if (source && source !== "observed") return { lastObservedAt: at };
  return { source: "observed" as const, status: "active" as const, tokenSetEnc: null, accessExpiresAt: null, lastObservedAt: at };
}
