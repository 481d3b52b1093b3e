import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { startSandboxServer } from "@/lib/xero-sandbox/test-server";
import { submitConsent, type ConsentStep } from "@/lib/demo/sandbox-consent";
import { sandboxEndpoints, type XeroEndpoints } from "../config";

// Test-only: runs the sandbox over real HTTP on loopback and drives its sign-in and consent forms as a
// browser would, starting from the URL our buildAuthorizeUrl produced.

export type SeedConsent = { xeroUserId: string; email: string; name: string; refreshToken: string; authEventId: string; tenantIds: string[] };
export type SeedApp = {
  name: string;
  plan: string;
  clientId: string;
  clientSecret: string | null;
  redirectUri: string | null;
  customConnection: { tenantId: string; xeroUserId: string } | null;
  consents: SeedConsent[];
};
export type SeedFile = {
  xeroUserPassword: string;
  users: { xeroUserId: string; email: string; name: string }[];
  organisations: { tenantId: string; name: string }[];
  apps: SeedApp[];
};

export type Sandbox = {
  endpoints: XeroEndpoints;
  seed: SeedFile;
  app(namePrefix: string): SeedApp;
  user(emailPrefix: string): { xeroUserId: string; email: string; name: string };
  /** Tenant id of the seeded organisation at this index. */
  org(index: number): string;
  close(): Promise<void>;
};

export async function startSandbox(): Promise<Sandbox> {
  const server = await startSandboxServer();
  const origin = server.baseUrl.replace(/\/sandbox\/xero\/?$/, "");
  const seed = JSON.parse(fs.readFileSync(path.join(env().dataDir, "sandbox-seed.json"), "utf8")) as SeedFile;
  return {
    endpoints: sandboxEndpoints(origin),
    seed,
    app(namePrefix) {
      const found = seed.apps.find((a) => a.name.startsWith(namePrefix));
      if (!found) throw new Error(`No seeded app named ${namePrefix}`);
      return found;
    },
    user(emailPrefix) {
      const found = seed.users.find((u) => u.email.startsWith(emailPrefix));
      if (!found) throw new Error(`No seeded user ${emailPrefix}`);
      return found;
    },
    org(index) {
      const found = seed.organisations[index];
      if (!found) throw new Error(`No seeded organisation ${index}`);
      return found.tenantId;
    },
    close: server.close,
  };
}

export { submitConsent, type ConsentStep } from "@/lib/demo/sandbox-consent";

/** Runs the consent and returns the callback URL's query, as the dashboard's callback would receive it. */
export async function consentCallback(step: ConsentStep): Promise<URLSearchParams> {
  const response = await submitConsent(step);
  const location = response.headers.get("location");
  if (response.status !== 303 || !location) throw new Error(`expected a redirect, got ${response.status}: ${(await response.text()).slice(0, 200)}`);
  return new URL(location).searchParams;
}
