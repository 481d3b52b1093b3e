// @ts-nocheck
import { migrateSandbox } from "@/lib/xero-sandbox/db";
import { signingKey } from "@/lib/xero-sandbox/engine/keys";
import { seedSandbox } from "@/lib/xero-sandbox/seed";

// Called by the start script before the server listens: migrate, seed an empty sandbox, and create the
// signing key so the first token request does not pay for RSA key generation.

export async function prepareSandbox(): Promise<{ seeded: boolean }> {
  migrateSandbox();
  const seeded = seedSandbox();
  await signingKey();
  return { seeded };
}
