// Observed connections: the team's product holds the tokens and reports what Xero lists; Connection Desk
// keeps none. Pure and client-safe: pages and the disconnect flow say the same thing.

export const TOKENS_HELD_BY_YOUR_APP = "Tokens held by your app";

/** What works instead of the dashboard's Disconnect, which needs a token we do not have. */
export function observedDisconnectHelp(tenantName: string): string {
  return `Connection Desk holds no token for ${tenantName} (observed only), so it cannot disconnect it. Two ways work: disconnect it from your product, which holds the token (DELETE https://api.xero.com/connections/{id} with the user's access token), or have the user remove the app in Xero under Settings → Connected apps. The next report, or Xero's list, will show it gone.`;
}
