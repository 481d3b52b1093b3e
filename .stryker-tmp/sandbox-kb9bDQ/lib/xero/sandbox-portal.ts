// @ts-nocheck
import { z } from "zod";
import { xeroRequest } from "./http";
import { parseBody } from "./error-mapping";

// The built-in sandbox's developer-portal API (no such API exists at real Xero, whose portal is a web
// page): used by "Create in sandbox" to make an app and receive its client id and secret once.

const createdAppSchema = z.object({ clientId: z.string(), clientSecret: z.string().nullable() });

export async function createSandboxPortalApp(
  portalBase: string,
  app: { name: string; plan: string; certified: boolean; redirectUris: string[] },
): Promise<z.infer<typeof createdAppSchema>> {
  const url = `${portalBase.replace(/\/$/, "")}/api/apps`;
  const body = new URLSearchParams({ name: app.name, plan: app.plan, certified: app.certified ? "yes" : "no", redirectUris: app.redirectUris.join(" ") });
  const res = await xeroRequest({ operation: "sandboxPortal", method: "POST", url, body, errorStyle: "api" });
  return parseBody(createdAppSchema, res.text, url, res.status);
}
