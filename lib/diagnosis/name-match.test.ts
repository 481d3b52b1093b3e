import { describe, expect, it } from "vitest";
import { candidateLabel, chooseNameMatch, lookupText, type NameCandidate } from "./name-match";

const org: NameCandidate = { kind: "organisation", tenantId: "t1", name: "Harbour Street Bakery" };
const orgToo: NameCandidate = { kind: "organisation", tenantId: "t2", name: "Harbour Street Bakery Ltd" };
const app: NameCandidate = { kind: "app", id: "a1", name: "Harbour Street Bakery", environment: "staging" };
const ben: NameCandidate = { kind: "xero_user", email: "ben.hogan@example.com", name: "Ben Hogan" };
const maya: NameCandidate = { kind: "customer", id: "e1", externalId: "user-42", name: "Maya Patel", email: "maya@northwind.test", accountName: "Northwind" };

describe("lookupText", () => {
  it("keeps a short one-line name, trimmed and without quotes", () => {
    expect(lookupText('  "Harbour Street Bakery" ')).toBe("Harbour Street Bakery");
  });
  it("skips what cannot be a name", () => {
    expect(lookupText("")).toBeNull();
    expect(lookupText("x")).toBeNull();
    expect(lookupText("line one\nline two")).toBeNull();
    expect(lookupText("a".repeat(201))).toBeNull();
  });
});

describe("chooseNameMatch", () => {
  it("chooses the one candidate named exactly, ignoring case, and offers the rest", () => {
    const m = chooseNameMatch("harbour street bakery", [orgToo, org]);
    expect(m.chosen).toBe(org);
    expect(m.suggestions).toEqual([orgToo]);
  });
  it("matches a Xero user by email and a customer by their id in the product", () => {
    expect(chooseNameMatch("BEN.HOGAN@example.com", [ben]).chosen).toBe(ben);
    expect(chooseNameMatch("user-42", [maya]).chosen).toBe(maya);
  });
  it("chooses nothing when only partial names match, or two records share the name", () => {
    expect(chooseNameMatch("Harbour", [org, orgToo])).toEqual({ query: "Harbour", chosen: null, suggestions: [org, orgToo] });
    expect(chooseNameMatch("Harbour Street Bakery", [orgToo, org, app]).chosen).toBeNull();
    expect(chooseNameMatch("Harbour Street Bakery", [orgToo, org, app]).suggestions).toEqual([org, app, orgToo]);
  });
  it("labels each kind so the suggestion says what it is", () => {
    expect([org, app, ben, maya].map(candidateLabel)).toEqual([
      "Harbour Street Bakery (organisation)",
      "Harbour Street Bakery (app, staging)",
      "Ben Hogan <ben.hogan@example.com> (Xero user)",
      "Maya Patel, Northwind (customer user-42)",
    ]);
  });
});
