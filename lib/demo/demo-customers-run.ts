import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { planDemoCustomers, type DemoStep } from "./demo-customers";
import { submitConsent } from "./sandbox-consent";

// Carries out the demo customers' plan (lib/demo/demo-customers.ts) the way the demo customer product
// would: with its API key, over HTTP, against a running server. Connect sessions go through the public
// link, the sandbox's consent and the dashboard's callback; observations use an access token the product
// got from Xero itself; imports hand over a refresh token. Nothing is written to a database directly.

const seedSchema = z.object({
  xeroUserPassword: z.string(),
  apps: z.array(
    z.object({
      name: z.string(),
      clientId: z.string(),
      clientSecret: z.string().nullable(),
      consents: z.array(z.object({ email: z.string(), refreshToken: z.string(), tenantIds: z.array(z.string()) })),
    }),
  ),
});
type Seed = z.infer<typeof seedSchema>;

export type DemoCustomersInput = {
  /** Where this process reaches the server (e.g. http://127.0.0.1:3000). */
  localOrigin: string;
  /** APP_URL: the origin the server puts in the links it returns, mapped to localOrigin here. */
  appUrl: string;
  dataDir: string;
  appName: string;
  apiKey: string;
  appId: string;
  returnUrl: string;
  log: (line: string) => void;
};

export async function addDemoCustomers(input: DemoCustomersInput): Promise<{ added: string[] }> {
  const seed = seedSchema.parse(JSON.parse(fs.readFileSync(path.join(input.dataDir, "sandbox-seed.json"), "utf8")));
  const app = seed.apps.find((a) => a.name === input.appName);
  if (!app) return { added: [] };
  const api = apiClient(input);
  const grants = (await api("GET", `/grants?app=${input.appId}&limit=500`)) as { data: { endUser: { externalId: string } | null }[] };
  const plan = planDemoCustomers(app.consents, new Set(grants.data.flatMap((g) => (g.endUser ? [g.endUser.externalId] : []))));
  const added: string[] = [];
  for (const step of plan) {
    const connections = await carryOut(step, input, seed, app, api);
    added.push(step.customer.externalId);
    input.log(`Demo data: ${step.customer.displayName} (${step.customer.externalId}) arrived by ${PATH_WORDS[step.customer.path]}: ${connections} connection(s) of ${input.appName}.`);
  }
  return { added };
}

const PATH_WORDS = { connect_session: "connect session", observe: "observation", import: "import" } as const;

type Api = (method: string, pathAndQuery: string, body?: unknown) => Promise<unknown>;

function apiClient(input: DemoCustomersInput): Api {
  return async (method, pathAndQuery, body) => {
    const res = await fetch(`${input.localOrigin}/api/v1${pathAndQuery}`, {
      method,
      headers: { authorization: `Bearer ${input.apiKey}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer = (await res.json()) as { error?: { message?: string } };
    if (!res.ok) throw new Error(`${method} ${pathAndQuery} answered ${res.status}: ${answer.error?.message ?? "no message"}`);
    return answer;
  };
}

/** A link the server made for APP_URL, reached from this process. */
const local = (url: string, input: DemoCustomersInput) => (url.startsWith(input.appUrl) ? `${input.localOrigin}${url.slice(input.appUrl.length)}` : url);

async function carryOut(step: DemoStep, input: DemoCustomersInput, seed: Seed, app: Seed["apps"][number], api: Api): Promise<number> {
  const { customer, consent } = step;
  const endUser = { id: customer.externalId, email: customer.email, displayName: customer.displayName, account: customer.account, tags: customer.tags };
  if (customer.path === "import") {
    const imported = (await api("POST", "/grants/import", { appId: input.appId, refreshToken: consent.refreshToken, endUser })) as { connections: unknown[] };
    return imported.connections.length;
  }
  if (customer.path === "observe") {
    // The product redeems the refresh token it holds for an access token, as its own backend would.
    const token = await fetch(`${input.localOrigin}/sandbox/xero/identity/connect/token`, {
      method: "POST",
      headers: { authorization: `Basic ${Buffer.from(`${app.clientId}:${app.clientSecret ?? ""}`).toString("base64")}` },
      body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: consent.refreshToken }),
    });
    if (!token.ok) throw new Error(`the sandbox refused ${customer.displayName}'s refresh token (${token.status})`);
    const { access_token: accessToken } = (await token.json()) as { access_token: string };
    const observed = (await api("POST", "/observations", { appId: input.appId, accessToken, endUser })) as { connections: unknown[] };
    return observed.connections.length;
  }
  // A connect session: open the link, continue to Xero, consent, and let Xero send the browser back.
  const session = (await api("POST", "/connect-sessions", { appId: input.appId, endUser, returnUrl: input.returnUrl })) as { url: string };
  const start = await fetch(`${local(session.url, input)}/start`, { method: "POST", redirect: "manual" });
  const authorizeUrl = start.headers.get("location");
  if (start.status !== 303 || !authorizeUrl) throw new Error(`the connect link answered ${start.status}`);
  const consented = await submitConsent({ authorizeUrl: local(authorizeUrl, input), email: consent.email, password: seed.xeroUserPassword, tenantIds: consent.tenantIds });
  const callback = consented.headers.get("location");
  if (consented.status !== 303 || !callback) throw new Error(`the sandbox's consent answered ${consented.status}`);
  const back = await fetch(local(callback, input), { redirect: "manual" });
  const returned = new URL(back.headers.get("location") ?? "", input.localOrigin);
  if (returned.searchParams.get("status") !== "completed") throw new Error(`the connect session ended with ${returned.searchParams.get("error") ?? `status ${back.status}`}`);
  return (returned.searchParams.get("connections") ?? "").split(",").filter(Boolean).length;
}
