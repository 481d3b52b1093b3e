import type { Permission } from "@/lib/auth/permissions";

// What an API key may do is its scopes, not a dashboard role. Each scope unlocks a fixed set of the
// permissions in lib/auth/permissions.ts; no scope reaches users, settings or the sandbox controls.

export const apiScopes = ["read", "write", "tokens"] as const;
export type ApiScope = (typeof apiScopes)[number];

export const scopeDescriptions: Record<ApiScope, string> = {
  read: "Read apps, connections, organisations, Xero users, end users, grants, headroom and diagnoses.",
  write: "Disconnect, sync, create connect sessions, import grants and report observations.",
  tokens: "Vend access tokens for grants to your backend.",
};

const scopePermissions: Record<ApiScope, readonly Permission[]> = {
  read: ["overview:read", "apps:read", "connections:read", "organisations:read", "people:read", "diagnose:use"],
  write: ["connections:connect", "connect-links:create", "connections:disconnect", "connections:sync"],
  tokens: ["tokens:vend"],
};

export function scopesAllow(scopes: readonly string[], permission: Permission): boolean {
  return scopes.some((s) => (scopePermissions[s as ApiScope] ?? []).includes(permission));
}
