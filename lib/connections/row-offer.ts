// Pure: what a connection row offers. Disconnecting needs a working token (DELETE /connections/{id} is
// authorised by the grant), so a grant that needs re-authorisation would only give "0 disconnected, 1 failed":
// offer what works instead.

export type RowFacts = {
  status: "active" | "stale" | "disconnected";
  disconnecting: boolean;
  grantStatus: "active" | "needs_reauth" | "revoked";
};

export type RowOffer = { kind: "disconnect" } | { kind: "reauthorise"; sentence: string } | { kind: "none" };

export const REAUTHORISE_SENTENCE =
  "Needs re-authorisation: connect again to use it, or ask the Xero user or the organisation to disconnect it in Xero's Connected apps (no token works to disconnect it from here).";

export function rowOffer(r: RowFacts): RowOffer {
  if (r.status === "disconnected" || r.disconnecting) return { kind: "none" };
  if (r.grantStatus !== "active") return { kind: "reauthorise", sentence: REAUTHORISE_SENTENCE };
  return { kind: "disconnect" };
}
