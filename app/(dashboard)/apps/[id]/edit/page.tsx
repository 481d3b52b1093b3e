import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { getApp } from "@/lib/apps/queries";
import { PageHeader } from "@/components/ui/page-header";
import { AppForm } from "../../_components/app-form";
import { updateAppAction } from "../../actions";
import { DeleteAppButton } from "./delete-app-button";
import { orNotFound } from "@/lib/not-found";

export const metadata: Metadata = { title: "Edit app" };

export default async function EditAppPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("apps:manage");
  const app = await orNotFound(getApp((await params).id));
  const initial = {
    name: app.name,
    environment: app.environment,
    plan: app.plan,
    clientId: app.clientId,
    scopes: app.scopes,
    capOverride: app.capOverride?.toString() ?? "",
    portalConnectionCount: app.portalConnectionCount?.toString() ?? "",
    notes: app.notes,
    allowedReturnUrls: app.allowedReturnUrls.join("\n"),
    certified: app.certified,
    countDemoCompanies: app.countDemoCompanies,
  };
  return (
    <>
      <PageHeader title={`Edit ${app.name}`} description="The client secret is replaced from the app's page; it is never shown." />
      <AppForm action={updateAppAction.bind(null, app.id)} initial={initial} withSecret={false} submitLabel="Save changes" />
      <DeleteAppButton appId={app.id} name={app.name} />
    </>
  );
}
