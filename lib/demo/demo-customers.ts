// The demo's customers: the Xero users of "Acme Ledger Sync (prod)" are people who use the team's product
// (the demo customer product) and reach Connection Desk the three ways a real product's customers do.
// Ben Hogan's existing grant is handed over (import), Chen Wei connects again through a connect session,
// and Ana Silva's tokens stay with the product, which reports what they see (observed; Connection Desk
// names her from her grant on the dev app, as an access token carries no name). This file is the pure
// plan; lib/demo/demo-customers-run.ts carries it out over HTTP after the server answers.

export type DemoPath = "connect_session" | "observe" | "import";

export type DemoCustomer = { externalId: string; displayName: string; email: string; account: { id: string; name: string }; tags: string[]; path: DemoPath };

/** Keyed by the Xero user's email in the sandbox's seed. */
export const DEMO_CUSTOMERS: Record<string, DemoCustomer> = {
  "ben.hogan@example.com": {
    externalId: "cust-hogan",
    displayName: "Ben Hogan",
    email: "ben.hogan@example.com",
    account: { id: "acct-hogan", name: "Hogan & Co Bookkeeping" },
    tags: ["practice", "nz"],
    path: "import",
  },
  "ana.silva@example.com": {
    externalId: "cust-silva",
    displayName: "Ana Silva",
    email: "ana.silva@example.com",
    account: { id: "acct-silva", name: "Silva Design" },
    tags: ["smb", "au"],
    path: "observe",
  },
  "chen.wei@example.com": {
    externalId: "cust-wei",
    displayName: "Chen Wei",
    email: "chen.wei@example.com",
    account: { id: "acct-wei", name: "Wei Imports" },
    tags: ["smb", "gb"],
    path: "connect_session",
  },
};

/** Whether the dashboard's seed leaves this consent to the demo customers (it arrives through the API instead). */
export const isDemoCustomerConsent = (email: string) => DEMO_CUSTOMERS[email.toLowerCase()] !== undefined;

export type SeedConsent = { email: string; refreshToken: string; tenantIds: string[] };
export type DemoStep = { customer: DemoCustomer; consent: SeedConsent };

// The import comes last: its 13 connections include Harbour Street Bakery, whose two-slot card on the
// overview is what a visitor (or a test) waits for, so once it shows the app's whole count is there.
const ORDER: DemoPath[] = ["connect_session", "observe", "import"];

/**
 * What is left to do: one step per demo customer among the seed's consents who has no grant on the app yet
 * (`done` holds the external ids of customers that have one), so running it again after a restart, or after
 * a start that stopped half-way, never duplicates anything.
 */
export function planDemoCustomers(consents: readonly SeedConsent[], done: ReadonlySet<string>): DemoStep[] {
  return consents
    .flatMap((consent) => {
      const customer = DEMO_CUSTOMERS[consent.email.toLowerCase()];
      return customer && !done.has(customer.externalId) ? [{ customer, consent }] : [];
    })
    .sort((a, b) => ORDER.indexOf(a.customer.path) - ORDER.indexOf(b.customer.path));
}
