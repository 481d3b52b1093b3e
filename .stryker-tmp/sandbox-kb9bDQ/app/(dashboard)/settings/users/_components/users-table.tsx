// @ts-nocheck
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { LocalTime } from "@/components/ui/local-time";
import type { UserRow } from "@/lib/users/queries";
import { RoleForm } from "./role-form";
import { ActiveForm } from "./active-form";

/** Dashboard users. Controls render only for those who may manage users; the server checks again. */
export function UsersTable({ rows, canManage, nowIso }: { rows: UserRow[]; canManage: boolean; nowIso: string }) {
  return (
    <Table caption="Dashboard users">
      <thead>
        <tr>
          <Th>Name</Th>
          <Th>Email</Th>
          <Th>Role</Th>
          <Th>Status</Th>
          <Th>Added</Th>
          {canManage && <Th>Actions</Th>}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
        {rows.map((user) => (
          <tr key={user.id}>
            <Td className="font-medium">{user.name}</Td>
            <Td>{user.email}</Td>
            <Td>{canManage ? <RoleForm userId={user.id} email={user.email} role={user.role} /> : <span className="capitalize">{user.role}</span>}</Td>
            <Td>{user.active ? <Badge tone="good">Active</Badge> : <Badge tone="bad">Deactivated</Badge>}</Td>
            <Td className="whitespace-nowrap">
              <LocalTime iso={user.createdAt.toISOString()} nowIso={nowIso} />
            </Td>
            {canManage && (
              <Td>
                <ActiveForm userId={user.id} email={user.email} active={user.active} />
              </Td>
            )}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
