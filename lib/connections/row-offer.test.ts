import { describe, expect, it } from "vitest";
import { rowOffer } from "./row-offer";

describe("rowOffer", () => {
  it("offers Disconnect only when the grant's tokens work", () => {
    expect(rowOffer({ status: "active", disconnecting: false, grantStatus: "active" }).kind).toBe("disconnect");
    expect(rowOffer({ status: "stale", disconnecting: false, grantStatus: "active" }).kind).toBe("disconnect");
  });
  it("offers re-authorisation, and Xero's Connected apps, when the grant needs re-authorisation or was revoked", () => {
    for (const grantStatus of ["needs_reauth", "revoked"] as const) {
      const offer = rowOffer({ status: "stale", disconnecting: false, grantStatus });
      expect(offer.kind).toBe("reauthorise");
      expect(offer.kind === "reauthorise" && offer.sentence).toMatch(/connect again.*Connected apps/);
    }
  });
  it("offers nothing for a connection already gone or being disconnected", () => {
    expect(rowOffer({ status: "disconnected", disconnecting: false, grantStatus: "needs_reauth" }).kind).toBe("none");
    expect(rowOffer({ status: "active", disconnecting: true, grantStatus: "active" }).kind).toBe("none");
  });
});
