import { ApiProblem } from "./errors";
import type { ApiKeyPrincipal } from "@/lib/auth/session";

// A key made for one environment sees only that environment's apps and everything under them.

export function keyCovers(key: ApiKeyPrincipal, environment: string): boolean {
  return key.environment === "all" || key.environment === environment;
}

/** Resources outside the key's environment answer as if they did not exist. */
export function requireCovered(key: ApiKeyPrincipal, environment: string, what: string): void {
  if (!keyCovers(key, environment)) throw new ApiProblem(404, "not_found", `${what} was not found.`);
}

/** The environment a list is limited to: the key's own, or the one asked for when the key allows it. */
export function environmentFilter<E extends string>(key: ApiKeyPrincipal, asked: E | undefined): E | undefined {
  if (key.environment === "all") return asked;
  if (asked && asked !== key.environment) throw new ApiProblem(403, "forbidden", `This API key covers only the ${key.environment} environment.`);
  return key.environment as E;
}
