import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { listUsers } from "@/lib/users/queries";
import { realNow } from "@/lib/clock";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { CreateUserForm } from "./_components/create-user-form";
import { UsersTable } from "./_components/users-table";
import { UserSearch } from "./_components/user-search";

export const metadata: Metadata = { title: "Users" };
export const dynamic = "force-dynamic";

type Search = { page?: string; q?: string };

export default async function UsersPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requirePagePermission("users:read");
  const { page, q } = await searchParams;
  const canManage = can(viewer.role, "users:manage");
  const list = await listUsers({ page, q });
  return (
    <>
      <PageHeader
        title="Users"
        description={
          canManage
            ? "Who can sign in to this dashboard and with which role. Deactivating a user ends their sessions at once."
            : "Who can sign in to this dashboard and with which role. Only admins can change users."
        }
      />
      {canManage && (
        <Card className="mb-6">
          <CreateUserForm />
        </Card>
      )}
      <UserSearch q={q} />
      {list.rows.length === 0 ? <p className="text-sm text-muted">No users match “{q}”.</p> : <UsersTable rows={list.rows} canManage={canManage} nowIso={realNow().toISOString()} />}
      <Pagination page={list.page} pageSize={list.pageSize} total={list.total} basePath="/settings/users" params={{ q }} />
    </>
  );
}
