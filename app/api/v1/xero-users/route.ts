// GET /api/v1/xero-users – the Xero users who authorised the apps, with their grants, by cursor (API key: read)
import { apiRoute } from "@/lib/api/handle";
import { listXeroUsersEndpoint } from "@/lib/api/endpoints/directory";
import { environmentFilter } from "@/lib/api/environment";
import { listXeroUsersAfter } from "@/lib/people/queries";

export const dynamic = "force-dynamic";

export const GET = apiRoute(listXeroUsersEndpoint, async ({ query, key }) => {
  const page = await listXeroUsersAfter({ q: query.q, environment: environmentFilter(key, query.environment) }, query.cursor, query.limit);
  return {
    data: page.rows.map((u) => ({
      xeroUserId: u.xeroUserId,
      name: u.name,
      email: u.email,
      connections: u.total,
      grants: u.grants.map((g) => ({
        grantId: g.grantId,
        appId: g.appId,
        appName: g.appName,
        environment: g.environment,
        status: g.grantStatus,
        source: g.source,
        connections: g.connections,
        endUser: g.endUserId && g.endUserExternalId ? { id: g.endUserId, externalId: g.endUserExternalId } : null,
      })),
    })),
    nextCursor: page.nextCursor,
  };
});
