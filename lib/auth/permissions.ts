// Who may do what, as data. The server enforces it in every data function, action and route handler;
// the client uses it only to hide controls a role cannot use.

export const roles = ["admin", "developer", "support"] as const;
export type Role = (typeof roles)[number];

export const roleDescriptions: Record<Role, string> = {
  admin: "Everything developers can do, plus managing dashboard users, API keys and alerts.",
  developer: "Registers apps, connects organisations, disconnects connections and runs syncs.",
  support: "Reads everything except secrets and diagnoses limit errors; cannot change anything.",
};

export const permissions = {
  "overview:read": ["admin", "developer", "support"],
  "apps:read": ["admin", "developer", "support"],
  "apps:manage": ["admin", "developer"],
  "connections:read": ["admin", "developer", "support"],
  "connections:connect": ["admin", "developer"],
  // A link the team sends its customer (support re-sends one when a customer's grant died).
  "connect-links:create": ["admin", "developer", "support"],
  "connections:disconnect": ["admin", "developer"],
  "connections:sync": ["admin", "developer"],
  "organisations:read": ["admin", "developer", "support"],
  "people:read": ["admin", "developer", "support"],
  "diagnose:use": ["admin", "developer", "support"],
  "activity:read": ["admin", "developer", "support"],
  "settings:read": ["admin", "developer", "support"],
  "settings:manage": ["admin"],
  // Webhook URLs often carry a secret, and a receiver's answer may come from an internal service.
  "alerts:details": ["admin"],
  "users:read": ["admin", "support"],
  "users:manage": ["admin"],
  "sandbox:use": ["admin", "developer"],
  "api-keys:manage": ["admin"],
  // Only API keys with the `tokens` scope vend access tokens; no dashboard role does.
  "tokens:vend": [],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

/** Permissions no dashboard role holds: only API keys with the matching scope (lib/api-keys/scopes.ts). */
export const keyOnlyPermissions: readonly Permission[] = ["tokens:vend"];

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return role != null && (permissions[permission] as readonly Role[]).includes(role);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (roles as readonly string[]).includes(value);
}
