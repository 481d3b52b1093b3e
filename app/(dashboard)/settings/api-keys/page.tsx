import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { listApiKeys } from "@/lib/api-keys/queries";
import { tokensVendedToday } from "@/lib/api-keys/usage";
import { realNow } from "@/lib/clock";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { CreateKeyForm } from "./_components/create-key-form";
import { KeysTable } from "./_components/keys-table";

export const metadata: Metadata = { title: "API keys" };
export const dynamic = "force-dynamic";

export default async function ApiKeysPage() {
  await requirePagePermission("api-keys:manage");
  const keys = await listApiKeys();
  const vended = await tokensVendedToday(keys.map((k) => k.id));
  return (
    <>
      <PageHeader
        title="API keys"
        description="Keys let your product use the REST API: connect sessions for your customers, access tokens for your backend, imports and observations. Only admins see this page."
      />
      <div className="space-y-6">
        <Card className="max-w-2xl">
          <CreateKeyForm />
        </Card>
        <section aria-labelledby="keys-heading" className="space-y-3">
          <h2 id="keys-heading" className="text-lg font-semibold">
            Keys
          </h2>
          {keys.length === 0 ? (
            <EmptyState title="No API keys yet">
              Create one above, then read the{" "}
              <Link className="underline" href="/api-reference">
                API reference
              </Link>
              .
            </EmptyState>
          ) : (
            <KeysTable rows={keys} vendedToday={vended} nowIso={realNow().toISOString()} />
          )}
          <p className="text-sm text-muted">
            The{" "}
            <Link className="underline" href="/api-reference">
              API reference
            </Link>{" "}
            lists every endpoint; the machine-readable document is at <code>/api/v1/openapi.json</code>.
          </p>
        </section>
      </div>
    </>
  );
}
