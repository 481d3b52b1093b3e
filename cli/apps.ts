import { CliError, EXIT, unwrap, type ApiClient } from "./client";
import type { operations } from "./api-types";

export type App = operations["listApps"]["responses"][200]["content"]["application/json"]["data"][number];

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const listApps = async (client: ApiClient): Promise<App[]> => (await unwrap(client.GET("/apps"))).data;

/** An app by id, or by its exact name (any case); two apps with the name is an error naming their ids. */
export function findApp(apps: App[], ref: string): App {
  const wanted = ref.trim();
  const byId = apps.find((a) => a.id === wanted.toLowerCase());
  if (byId) return byId;
  const byName = apps.filter((a) => a.name.toLowerCase() === wanted.toLowerCase());
  if (byName.length === 1) return byName[0]!;
  if (byName.length > 1) throw new CliError(`More than one app is named "${ref}": use its id (${byName.map((a) => `${a.id} ${a.environment}`).join(", ")}).`, EXIT.usage);
  throw new CliError(`No app "${ref}" that this API key can see. \`connection-desk apps\` lists them.`, EXIT.usage);
}

/** The id for an app reference: a UUID goes as it is (the API says when it does not exist); a name is looked up. */
export async function resolveAppId(client: ApiClient, ref: string): Promise<string> {
  if (UUID.test(ref.trim())) return ref.trim().toLowerCase();
  return findApp(await listApps(client), ref).id;
}
