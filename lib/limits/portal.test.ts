import { describe, expect, it } from "vitest";
import { knownVsPortal } from "./portal";

describe("knownVsPortal", () => {
  it("names the connections made elsewhere and counts the larger number", () => {
    expect(knownVsPortal({ held: 12, observed: 6, portal: 25 })).toEqual({
      held: 12,
      observed: 6,
      known: 18,
      portal: 25,
      elsewhere: 7,
      counted: 25,
      sentence: "Xero counts 25; Connection Desk knows 18 (12 held, 6 observed): 7 made elsewhere",
    });
  });

  it("without a portal count, counts what it knows and says nothing", () => {
    expect(knownVsPortal({ held: 4, observed: 1, portal: null })).toMatchObject({ known: 5, elsewhere: 0, counted: 5, sentence: null });
  });

  it("when it knows as many as Xero counts, all are accounted for", () => {
    expect(knownVsPortal({ held: 10, observed: 0, portal: 10 })).toMatchObject({
      elsewhere: 0,
      counted: 10,
      sentence: "Xero counts 10; Connection Desk knows 10 (10 held, 0 observed): all accounted for",
    });
  });

  it("when Xero's count is smaller (read before the last connects), keeps the larger known count", () => {
    const r = knownVsPortal({ held: 20, observed: 2, portal: 18 });
    expect(r).toMatchObject({ elsewhere: 0, counted: 22 });
    expect(r.sentence).toMatch(/read it again/);
  });

  it("the boundary: one more in Xero is one made elsewhere", () => {
    expect(knownVsPortal({ held: 5, observed: 0, portal: 6 })).toMatchObject({ elsewhere: 1, counted: 6 });
    expect(knownVsPortal({ held: 5, observed: 0, portal: 0 })).toMatchObject({ elsewhere: 0, counted: 5 });
  });
});
