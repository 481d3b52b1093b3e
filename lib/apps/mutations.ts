import "server-only";
import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { xeroApps } from "@/db/schema";
import { first, run, transact, type Tx } from "@/db/steps";
import type { SessionUser } from "@/lib/auth/session";
import { auditStep } from "@/lib/audit/record";
import { encrypt } from "@/lib/crypto";
import { xeroNow } from "@/lib/clock";
import { AppError, notFound } from "@/lib/errors";
import { env } from "@/lib/env";
import { parseAllowedReturnUrls } from "@/lib/connect-sessions/return-url";
import { afterConnectionsChanged } from "@/lib/jobs/after-sync";
import { callbackUrl } from "./queries";
import type { CreateAppInput, UpdateAppInput } from "./schemas";

// Registering and changing apps. The caller has checked "apps:manage" and parsed the input: the server
// actions in app/(dashboard)/apps do both through defineAction. Each change is written in one transaction
// with its check and its audit entry (db/steps.ts).

function* ensureClientIdFree(tx: Tx, clientId: string, exceptId?: string) {
  const clash = yield* first(tx.select({ id: xeroApps.id, name: xeroApps.name }).from(xeroApps).where(eq(xeroApps.clientId, clientId)));
  if (clash && clash.id !== exceptId) {
    throw new AppError("conflict", "Some fields need attention.", { clientId: [`This client id is already registered as "${clash.name}".`] });
  }
}

/** The form's return URLs (one per line) as the list connect sessions match against. */
function allowedReturnUrls(text: string): string[] {
  const parsed = parseAllowedReturnUrls(text, env().XERO_MODE === "live");
  if (!parsed.ok) throw new AppError("bad_request", "Some fields need attention.", { allowedReturnUrls: parsed.problems });
  return parsed.urls;
}

function* existingApp(tx: Tx, id: string) {
  const app = yield* first(tx.select({ id: xeroApps.id, name: xeroApps.name, portalConnectionCount: xeroApps.portalConnectionCount }).from(xeroApps).where(eq(xeroApps.id, id)));
  if (!app) throw notFound("That app");
  return app;
}

export async function createApp(input: CreateAppInput, user: SessionUser): Promise<{ id: string }> {
  const id = crypto.randomUUID();
  const at = xeroNow();
  const { clientSecret, ...fields } = input;
  await transact(
    function* (tx) {
      yield* ensureClientIdFree(tx, input.clientId);
      yield* run(
        tx.insert(xeroApps).values({
          id,
          ...fields,
          allowedReturnUrls: allowedReturnUrls(input.allowedReturnUrls),
          portalCountReadAt: fields.portalConnectionCount === null ? null : at,
          clientSecretEnc: clientSecret ? encrypt(clientSecret) : null,
          redirectUri: callbackUrl(),
          createdBy: user.id,
          createdAt: at,
          updatedAt: at,
        }),
      );
      yield* auditStep(tx, { actor: user, action: "app.created", target: { type: "app", id, label: input.name }, details: { environment: input.environment, plan: input.plan } });
    },
    { immediate: true },
  );
  return { id };
}

export async function updateApp(id: string, input: UpdateAppInput, user: SessionUser): Promise<void> {
  const at = xeroNow();
  const portalReread = await transact(
    function* (tx) {
      const app = yield* existingApp(tx, id);
      yield* ensureClientIdFree(tx, input.clientId, app.id);
      // The reading's date moves only when the number does: saving the form again is not a new reading.
      const portalRead = input.portalConnectionCount !== app.portalConnectionCount ? { portalCountReadAt: input.portalConnectionCount === null ? null : at } : {};
      yield* run(
        tx
          .update(xeroApps)
          .set({ ...input, ...portalRead, allowedReturnUrls: allowedReturnUrls(input.allowedReturnUrls), updatedAt: at })
          .where(eq(xeroApps.id, app.id)),
      );
      yield* auditStep(tx, {
        actor: user,
        action: "app.updated",
        target: { type: "app", id: app.id, label: input.name },
        details: { plan: input.plan, certified: input.certified, capOverride: input.capOverride, portalConnectionCount: input.portalConnectionCount },
      });
      return "portalCountReadAt" in portalRead;
    },
    { immediate: true },
  );
  // A larger portal count can put the app at its cap: limit alerts look again.
  if (portalReread) await afterConnectionsChanged();
}

export async function replaceAppSecret(id: string, clientSecret: string, user: SessionUser): Promise<void> {
  await transact(function* (tx) {
    const app = yield* existingApp(tx, id);
    yield* run(
      tx
        .update(xeroApps)
        .set({ clientSecretEnc: encrypt(clientSecret), updatedAt: xeroNow() })
        .where(eq(xeroApps.id, app.id)),
    );
    yield* auditStep(tx, { actor: user, action: "app.secret_replaced", target: { type: "app", id: app.id, label: app.name } });
  });
}

export async function deleteApp(id: string, user: SessionUser): Promise<void> {
  await transact(function* (tx) {
    const app = yield* existingApp(tx, id);
    yield* run(tx.delete(xeroApps).where(eq(xeroApps.id, app.id)));
    yield* auditStep(tx, { actor: user, action: "app.deleted", target: { type: "app", id: app.id, label: app.name } });
  });
}
