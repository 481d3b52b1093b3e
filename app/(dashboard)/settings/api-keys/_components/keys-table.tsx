import type { ApiKeyRow } from "@/lib/api-keys/queries";
import { Badge } from "@/components/ui/badge";
import { LocalTime } from "@/components/ui/local-time";
import { Table, Td, Th } from "@/components/ui/table";
import { RevokeKeyButton } from "./revoke-key-button";

export function KeysTable({ rows, vendedToday, nowIso }: { rows: ApiKeyRow[]; vendedToday: Record<string, number>; nowIso: string }) {
  return (
    <Table caption="API keys">
      <thead>
        <tr>
          <Th>Name</Th>
          <Th>Key</Th>
          <Th>Environment</Th>
          <Th>Scopes</Th>
          <Th>Created</Th>
          <Th>Last used</Th>
          <Th>Tokens vended today</Th>
          <Th>Status</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
        {rows.map((k) => (
          <tr key={k.id}>
            <Td className="font-medium">{k.name}</Td>
            <Td>
              <code>{k.prefix}_…</code>
            </Td>
            <Td>{k.environment === "all" ? "All" : k.environment}</Td>
            <Td>{k.scopes.join(", ")}</Td>
            <Td>
              <LocalTime iso={k.createdAt.toISOString()} nowIso={nowIso} />
              {k.createdBy && <div className="text-xs text-muted">by {k.createdBy}</div>}
            </Td>
            <Td>{k.lastUsedAt ? <LocalTime iso={k.lastUsedAt.toISOString()} nowIso={nowIso} /> : "Never"}</Td>
            <Td>{vendedToday[k.id] ?? 0}</Td>
            <Td>
              {k.revokedAt ? (
                <Badge>Revoked</Badge>
              ) : (
                <div className="space-y-1">
                  <Badge tone="good">Active</Badge>
                  <RevokeKeyButton keyId={k.id} label={`${k.name} (${k.prefix})`} />
                </div>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
