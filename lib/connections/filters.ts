import { z } from "zod";
import { environments } from "@/lib/apps/environments";

// The Connections table's view lives in the URL so it can be shared; this is its one schema.

export const connectionStatuses = ["active", "stale", "disconnected"] as const;
export const connectionSorts = ["organisation", "user", "app", "created", "updated", "status"] as const;
export const PAGE_SIZE = 50;
export { SEARCH_CAP } from "@/lib/search/cap";

const optionalString = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((v) => v || undefined);

export const connectionFiltersSchema = z.object({
  q: optionalString,
  app: z.string().uuid().optional().catch(undefined),
  environment: z.enum(environments).optional().catch(undefined),
  status: z
    .enum([...connectionStatuses, "broken", "all"])
    .optional()
    .catch(undefined),
  user: optionalString,
  tenant: optionalString,
  /** The team's customer: their id in the team's product, Connection Desk's id, or email. */
  customer: optionalString,
  /** The customer account (the team's customer company) id. */
  account: optionalString,
  tag: optionalString,
  sort: z.enum(connectionSorts).optional().catch(undefined),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type ConnectionFilters = Partial<z.infer<typeof connectionFiltersSchema>>;

/** Reads filters from search params; unknown or malformed values fall back to the default view. */
export function parseConnectionFilters(params: Record<string, string | string[] | undefined>): ConnectionFilters {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = connectionFiltersSchema.safeParse(flat);
  return parsed.success ? parsed.data : {};
}

export function filtersToParams(filters: ConnectionFilters): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, v === undefined ? undefined : String(v)]));
}
