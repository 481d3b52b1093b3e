import { CliError, unwrap, type ApiClient } from "../../cli/client";
import type { XeroView } from "./pages";

// What the product does with a customer's grant: ask Connection Desk for an access token, then call Xero
// itself with it, once per organisation the grant reaches.

export async function readOrganisations(api: ApiClient, xeroApiBase: string, grantId: string): Promise<XeroView> {
  let token;
  try {
    token = await unwrap(api.POST("/grants/{id}/access-token", { params: { path: { id: grantId } } }));
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    // needs_reauth comes with a fresh connect session for the same customer.
    if (error.details?.code === "needs_reauth")
      return { kind: "reconnect", url: typeof error.details.reconnectUrl === "string" ? error.details.reconnectUrl : null, message: "Xero needs you to connect again." };
    return { kind: "unavailable", message: `Xero is not reachable right now: ${error.message}` };
  }
  const names = await Promise.all(
    token.tenantIds.map(async (tenantId) => {
      const res = await fetch(`${xeroApiBase.replace(/\/+$/, "")}/api.xro/2.0/Organisation`, {
        headers: { authorization: `Bearer ${token.accessToken}`, "xero-tenant-id": tenantId, accept: "application/json" },
      });
      if (!res.ok) return `(organisation ${tenantId}: Xero answered ${res.status})`;
      const body = (await res.json()) as { Organisations?: { Name?: string }[] };
      return body.Organisations?.[0]?.Name ?? `(organisation ${tenantId})`;
    }),
  );
  return { kind: "connected", organisations: names };
}
