import { seededUuid } from "@/lib/xero-sandbox/ids";
import type { Plan } from "@/lib/xero-sandbox/plans";

// The seed's cast, as data. Indexes refer to ORGANISATION_NAMES. The apps replay the forum stories:
// a legacy app at 24 of 25 spread over 3 users (13, 7, 4), a starter app at 4 of 5, an organisation
// already holding 2 uncertified apps, and a Custom Connection.

export const SEED_USERS = [
  { key: "ben", givenName: "Ben", familyName: "Hogan", email: "ben.hogan@example.com" },
  { key: "ana", givenName: "Ana", familyName: "Silva", email: "ana.silva@example.com" },
  { key: "chen", givenName: "Chen", familyName: "Wei", email: "chen.wei@example.com" },
  { key: "priya", givenName: "Priya", familyName: "Patel", email: "priya.patel@example.com" },
  { key: "tom", givenName: "Tom", familyName: "Walker", email: "tom.walker@example.com" },
] as const;
export type SeedUserKey = (typeof SEED_USERS)[number]["key"];

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const DEMO_ORG = 0;
export const PRACTICE_ORG = 1;
/** Holds two uncertified apps (Acme Ledger Sync prod and staging): greyed out for any other uncertified app. */
export const FULL_ORG = 2;

export const ORGANISATION_NAMES = [
  "Demo Company (Global)",
  "Hogan & Partners Practice",
  "Harbour Street Bakery",
  "Kowhai Plumbing Ltd",
  "Riverbend Veterinary",
  "Tasman Freight Co",
  "Blue Gum Landscaping",
  "Summit Physio",
  "Marlow Coffee Roasters",
  "Pukeko Print Shop",
  "Northside Electrical",
  "Copperleaf Design Studio",
  "Wattle & Thread",
  "Seaview Dental",
  "Ironbark Joinery",
  "Kauri Street Books",
  "Lighthouse Legal",
  "Fernhill Farms",
  "Southern Cross Tiling",
  "Pohutukawa Cafe",
  "Greenstone Accounting Clients",
  "Bellbird Music School",
  "Outback Auto Repairs",
  "Moana Surf School",
  "Redwood Builders",
  "Silver Fern Florist",
  "Coastal Yoga Collective",
  "Matai Motors",
  "Rata Rentals",
  "Kiwi Cleaning Services",
  "Takahe Tech",
  "Waratah Wines",
  "Emerald Bay Boats",
  "Totara Timber",
  "Ridgeline Roofing",
  "Paua Pottery",
  "Aroha Aged Care",
  "Highgate Hardware",
  "Kea Climbing Gym",
  "Westwind Windows",
];

export const MEMBERSHIPS: Record<SeedUserKey, number[]> = {
  ben: range(0, 39),
  ana: [0, ...range(14, 33)],
  chen: [0, ...range(21, 39)],
  priya: [0, 1, ...range(30, 39)],
  tom: [0, ...range(2, 6), 35, 36, 37],
};

export type SeedApp = {
  key: string;
  name: string;
  environment: "development" | "staging" | "production";
  plan: Plan;
  certified: boolean;
  consents: Partial<Record<SeedUserKey, number[]>>;
  custom?: { user: SeedUserKey; org: number };
};

export const SEED_APPS: SeedApp[] = [
  {
    key: "ledger-prod",
    name: "Acme Ledger Sync (prod)",
    environment: "production",
    plan: "legacy-uncertified",
    certified: false,
    consents: { ben: range(2, 14), ana: range(15, 21), chen: range(22, 25) },
  },
  {
    key: "ledger-dev",
    name: "Acme Ledger Sync (dev)",
    environment: "development",
    plan: "starter",
    certified: false,
    // The demo company connection does not count: 4 of 5.
    consents: { ben: [DEMO_ORG, 26, 27], ana: [28, 29] },
  },
  {
    key: "ledger-staging",
    name: "Acme Ledger Sync (staging)",
    environment: "staging",
    plan: "core",
    certified: false,
    consents: { tom: [FULL_ORG, 35] },
  },
  {
    key: "payroll-prod",
    name: "Acme Payroll Bridge (prod)",
    environment: "production",
    plan: "legacy-certified",
    certified: true,
    consents: { priya: [PRACTICE_ORG, 30, 31, 32, 33] },
  },
  {
    key: "bankfeed-custom",
    name: "Acme Bank Feed (custom connection)",
    environment: "production",
    plan: "custom-connection",
    certified: false,
    consents: {},
    custom: { user: "priya", org: 34 },
  },
];

export const SEED_SCOPES = ["openid", "profile", "email", "accounting.settings", "accounting.transactions", "accounting.contacts", "offline_access"];

export const userId = (key: SeedUserKey) => seededUuid(`user/${key}`);
export const orgId = (index: number) => seededUuid(`org/${index}`);
