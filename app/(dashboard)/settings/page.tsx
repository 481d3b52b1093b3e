import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { can, roleDescriptions, roles } from "@/lib/auth/permissions";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requirePagePermission("settings:read");
  return (
    <>
      <PageHeader title="Settings" description="Dashboard users and roles, API keys, background jobs and alerts." />
      <div className="grid gap-4 lg:grid-cols-2">
        {can(user.role, "users:read") && (
          <Card>
            <h2 className="font-semibold">Users</h2>
            <p className="mt-1 text-sm text-muted">Who can sign in to this dashboard, and with which role.</p>
            <Link href="/settings/users" className="mt-3 inline-block text-sm font-medium text-sky-700 underline dark:text-sky-400">
              Manage users
            </Link>
          </Card>
        )}
        {can(user.role, "api-keys:manage") && (
          <Card>
            <h2 className="font-semibold">API keys</h2>
            <p className="mt-1 text-sm text-muted">Keys for your product&apos;s backend: connect sessions, access tokens, imports and observations.</p>
            <Link href="/settings/api-keys" className="mt-3 inline-block text-sm font-medium text-sky-700 underline dark:text-sky-400">
              Manage API keys
            </Link>
          </Card>
        )}
        <Card>
          <h2 className="font-semibold">Background jobs</h2>
          <p className="mt-1 text-sm text-muted">Keep-alive and scheduled sync: their settings, the last 50 runs, and buttons to run them now.</p>
          <Link href="/settings/jobs" className="mt-3 inline-block text-sm font-medium text-sky-700 underline dark:text-sky-400">
            Open background jobs
          </Link>
        </Card>
        <Card>
          <h2 className="font-semibold">Alerts</h2>
          <p className="mt-1 text-sm text-muted">Webhooks for caps, uncertified slots, re-authorisation and vanished connections, with their delivery log.</p>
          <Link href="/settings/alerts" className="mt-3 inline-block text-sm font-medium text-sky-700 underline dark:text-sky-400">
            Open alerts
          </Link>
        </Card>
        <Card>
          <h2 className="font-semibold">Roles</h2>
          <dl className="mt-2 space-y-2 text-sm">
            {roles.map((role) => (
              <div key={role}>
                <dt className="font-medium capitalize">{role}</dt>
                <dd className="text-muted">{roleDescriptions[role]}</dd>
              </div>
            ))}
          </dl>
        </Card>
      </div>
    </>
  );
}
