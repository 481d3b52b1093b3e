// @ts-nocheck
import { env } from "@/lib/env";

// Xero spreads its protocol over three hosts. The sandbox mirrors them as three path prefixes of the
// app, so every derived URL below reads the same in both modes.

export type XeroEndpoints = {
  /** identity.xero.com: the issuer; token, revocation and discovery live here. */
  identityBase: string;
  /** login.xero.com: the authorize page a person visits. */
  loginBase: string;
  /** api.xero.com: connections and the tenant-scoped APIs. */
  apiBase: string;
};

export const liveEndpoints: XeroEndpoints = {
  identityBase: "https://identity.xero.com",
  loginBase: "https://login.xero.com",
  apiBase: "https://api.xero.com",
};

/** The built-in sandbox served by the app at `origin` (e.g. http://localhost:3000). */
export function sandboxEndpoints(origin: string): XeroEndpoints {
  const base = `${origin.replace(/\/$/, "")}/sandbox/xero`;
  return { identityBase: `${base}/identity`, loginBase: `${base}/login`, apiBase: `${base}/api` };
}

/** Endpoints for the configured XERO_MODE. */
export function defaultEndpoints(): XeroEndpoints {
  const config = env();
  return config.XERO_MODE === "live" ? liveEndpoints : sandboxEndpoints(config.appUrl);
}

const trim = (url: string) => url.replace(/\/$/, "");

export const xeroUrls = {
  issuer: (e: XeroEndpoints) => trim(e.identityBase),
  authorize: (e: XeroEndpoints) => `${trim(e.loginBase)}/identity/connect/authorize`,
  token: (e: XeroEndpoints) => `${trim(e.identityBase)}/connect/token`,
  revocation: (e: XeroEndpoints) => `${trim(e.identityBase)}/connect/revocation`,
  discovery: (e: XeroEndpoints) => `${trim(e.identityBase)}/.well-known/openid-configuration`,
  connections: (e: XeroEndpoints) => `${trim(e.apiBase)}/connections`,
  connection: (e: XeroEndpoints, id: string) => `${trim(e.apiBase)}/connections/${encodeURIComponent(id)}`,
  organisation: (e: XeroEndpoints) => `${trim(e.apiBase)}/api.xro/2.0/Organisation`,
};

/** The `aud` Xero puts in every access token. The sandbox uses the same shape under its issuer. */
export const accessTokenAudience = (e: XeroEndpoints) => `${xeroUrls.issuer(e)}/resources`;
