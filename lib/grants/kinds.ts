// How a grant came to us and where it stands (the grants table's enums), for schemas and filters.
export const grantSources = ["dashboard", "connect_session", "import", "observed"] as const;
export const grantStatuses = ["active", "needs_reauth", "revoked"] as const;
export type GrantSource = (typeof grantSources)[number];
export type GrantStatus = (typeof grantStatuses)[number];
