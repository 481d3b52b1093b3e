// @ts-nocheck
import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { callbackUrl } from "@/lib/apps/queries";
import { PageHeader } from "@/components/ui/page-header";
import { CopyField } from "@/components/ui/copy-field";
import { AppForm } from "../_components/app-form";
import { createAppAction, createAppInSandboxAction } from "../actions";
import { isSandboxMode } from "@/lib/env";

export const metadata: Metadata = { title: "Register app" };

export default async function NewAppPage() {
  await requirePagePermission("apps:manage");
  return (
    <>
      <PageHeader title="Register app" description="Add a Xero app you run. Use one app per environment so development never fills production's connection slots." />
      <div className="mb-6 max-w-2xl">
        <CopyField label="Redirect URI to add to the app in Xero" value={callbackUrl()} />
      </div>
      <AppForm action={createAppAction} sandboxAction={isSandboxMode() ? createAppInSandboxAction : undefined} withSecret submitLabel="Register app" />
    </>
  );
}
