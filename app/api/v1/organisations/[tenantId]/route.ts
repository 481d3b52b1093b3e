// GET /api/v1/organisations/{tenantId} – every app connected to an organisation, through whom (API key: read)
import { apiRoute } from "@/lib/api/handle";
import type { Environment } from "@/lib/apps/environments";
import { getOrganisationEndpoint } from "@/lib/api/endpoints/directory";
import { environmentFilter } from "@/lib/api/environment";
import { presentEndUser } from "@/lib/api/present";
import { getOrganisation } from "@/lib/organisations/queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute(getOrganisationEndpoint, async ({ params, key }) => {
  const org = await getOrganisation(params.tenantId, environmentFilter<Environment>(key, undefined));
  return {
    tenantId: org.tenantId,
    name: org.name,
    type: org.type,
    isDemo: org.isDemo,
    uncertifiedSlotsUsed: org.slotsUsed,
    uncertifiedSlotCap: org.slotCap,
    apps: org.apps.map((a) => ({
      appId: a.appId,
      appName: a.appName,
      environment: a.environment,
      plan: a.plan,
      certified: a.certified,
      takesUncertifiedSlot: a.takesSlot,
      connections: a.users.map((u) => ({ id: u.connectionId, status: u.status, xeroUser: { name: u.name, email: u.email }, endUser: u.endUser ? presentEndUser(u.endUser) : null })),
    })),
  };
});
