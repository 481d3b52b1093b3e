import { describe, expect, it } from "vitest";
import { diagnosePath, hasInput, parseDiagnoseInput } from "./input";

// A diagnosis lives in the URL: parsing tolerates junk, and the path round-trips.

const APP = "3f1c2a4e-8b9d-4c7e-9f00-123456789abc";

describe("parseDiagnoseInput", () => {
  it("trims, takes the first of repeated values and drops blanks", () => {
    expect(parseDiagnoseInput({ message: "  limit reached  ", org: ["Harbour", "Other"], user: "   ", app: APP })).toEqual({ message: "limit reached", org: "Harbour", user: undefined, app: APP });
  });

  it("drops a malformed app id and values that are too long, keeping the rest", () => {
    const parsed = parseDiagnoseInput({ app: "not-a-uuid", org: "x".repeat(201), user: "ana@example.com", message: "m".repeat(5001) });
    expect(parsed).toEqual({ app: undefined, org: undefined, user: "ana@example.com", message: undefined });
    expect(parseDiagnoseInput({ org: "y".repeat(200) }).org).toHaveLength(200);
    expect(parseDiagnoseInput({ message: "z".repeat(5000) }).message).toHaveLength(5000);
  });
});

describe("hasInput", () => {
  it("is true when any one field is set", () => {
    expect(hasInput({})).toBe(false);
    expect(hasInput({ message: "m" })).toBe(true);
    expect(hasInput({ app: APP })).toBe(true);
    expect(hasInput({ org: "o" })).toBe(true);
    expect(hasInput({ user: "u" })).toBe(true);
  });
});

describe("diagnosePath", () => {
  it("puts every field in the query and round-trips through the parser", () => {
    const input = { message: "Sorry! Acme has reached their Xero connection limit", app: APP, org: "Harbour & Co", user: "ana@example.com" };
    const path = diagnosePath(input);
    expect(path.startsWith("/diagnose?")).toBe(true);
    const params = Object.fromEntries(new URL(path, "http://x").searchParams);
    expect(parseDiagnoseInput(params)).toEqual(input);
    expect(diagnosePath({})).toBe("/diagnose");
  });
});
