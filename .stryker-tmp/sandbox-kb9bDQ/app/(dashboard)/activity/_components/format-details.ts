// @ts-nocheck
// Audit details as one readable line. Role changes read "developer → support"; everything else key: value.

export function formatDetails(details: Record<string, unknown> | null): string {
  if (!details) return "";
  const { from, to, ...rest } = details;
  const parts: string[] = [];
  if (from !== undefined || to !== undefined) parts.push(`${String(from ?? "?")} → ${String(to ?? "?")}`);
  for (const [key, value] of Object.entries(rest)) {
    parts.push(`${key}: ${typeof value === "object" && value !== null ? JSON.stringify(value) : String(value)}`);
  }
  return parts.join(" · ");
}
