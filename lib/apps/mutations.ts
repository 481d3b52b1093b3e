import "server-only";
import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { xeroApps } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session";
import { recordAudit } from "@/lib/audit/record";
import { encrypt } from "@/lib/crypto";
import { xeroNow } from "@/lib/clock";
import { AppError, notFound } from "@/lib/errors";
import { env } from "@/lib/env";
import { parseAllowedReturnUrls } from "@/lib/connect-sessions/return-url";
import { afterConnectionsChanged } from "@/lib/jobs/after-sync";
import { callbackUrl } from "./queries";
import type { CreateAppInput, UpdateAppInput } from "./schemas";

// Registering and changing apps. The caller has checked "apps:manage" and parsed the input: the server
// actions in app/(dashboard)/apps do both through defineAction.

function ensureClientIdFree(clientId: string, exceptId?: string) {
  const clash = getDb().select({ id: xeroApps.id, name: xeroApps.name }).from(xeroApps).where(eq(xeroApps.clientId, clientId)).get();
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

function existingApp(id: string) {
  const app = getDb().select({ id: xeroApps.id, name: xeroApps.name, portalConnectionCount: xeroApps.portalConnectionCount }).from(xeroApps).where(eq(xeroApps.id, id)).get();
  if (!app) throw notFound("That app");
  return app;
}

export async function createApp(input: CreateAppInput, user: SessionUser): Promise<{ id: string }> {
  ensureClientIdFree(input.clientId);
  const id = crypto.randomUUID();
  const at = xeroNow();
  const { clientSecret, ...fields } = input;
  getDb()
    .insert(xeroApps)
    .values({
      id,
      ...fields,
      allowedReturnUrls: allowedReturnUrls(input.allowedReturnUrls),
      portalCountReadAt: fields.portalConnectionCount === null ? null : at,
      clientSecretEnc: clientSecret ? encrypt(clientSecret) : null,
      redirectUri: callbackUrl(),
      createdBy: user.id,
      createdAt: at,
      updatedAt: at,
    })
    .run();
  await recordAudit({ actor: user, action: "app.created", target: { type: "app", id, label: input.name }, details: { environment: input.environment, plan: input.plan } });
  return { id };
}

export async function updateApp(id: string, input: UpdateAppInput, user: SessionUser): Promise<void> {
  const app = existingApp(id);
  ensureClientIdFree(input.clientId, app.id);
  const at = xeroNow();
  // The reading's date moves only when the number does: saving the form again is not a new reading.
  const portalRead = input.portalConnectionCount !== app.portalConnectionCount ? { portalCountReadAt: input.portalConnectionCount === null ? null : at } : {};
  getDb()
    .update(xeroApps)
    .set({ ...input, ...portalRead, allowedReturnUrls: allowedReturnUrls(input.allowedReturnUrls), updatedAt: at })
    .where(eq(xeroApps.id, app.id))
    .run();
  // A larger portal count can put the app at its cap: limit alerts look again.
  if ("portalCountReadAt" in portalRead) await afterConnectionsChanged();
  await recordAudit({
    actor: user,
    action: "app.updated",
    target: { type: "app", id: app.id, label: input.name },
    details: { plan: input.plan, certified: input.certified, capOverride: input.capOverride, portalConnectionCount: input.portalConnectionCount },
  });
}

export async function replaceAppSecret(id: string, clientSecret: string, user: SessionUser): Promise<void> {
  const app = existingApp(id);
  getDb()
    .update(xeroApps)
    .set({ clientSecretEnc: encrypt(clientSecret), updatedAt: xeroNow() })
    .where(eq(xeroApps.id, app.id))
    .run();
  await recordAudit({ actor: user, action: "app.secret_replaced", target: { type: "app", id: app.id, label: app.name } });
}

export async function deleteApp(id: string, user: SessionUser): Promise<void> {
  const app = existingApp(id);
  getDb().delete(xeroApps).where(eq(xeroApps.id, app.id)).run();
  await recordAudit({ actor: user, action: "app.deleted", target: { type: "app", id: app.id, label: app.name } });
}
