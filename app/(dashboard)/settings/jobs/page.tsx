import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { getJobSettings, listJobRuns } from "@/lib/jobs/queries";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Providers } from "@/components/providers";
import { JobRuns } from "./_components/job-runs";
import { JobSettingsForm } from "./_components/job-settings-form";
import { JobSettingsView } from "./_components/job-settings-view";
import { RunNowButtons } from "./_components/run-now-buttons";

export const metadata: Metadata = { title: "Background jobs" };
export const dynamic = "force-dynamic";

export default async function JobsPage() {
  const user = await requirePagePermission("settings:read");
  const [settings, runs] = await Promise.all([getJobSettings(), listJobRuns()]);
  // The run-now buttons refresh the runs table's query: one react-query client around both.
  return (
    <Providers>
      <PageHeader
        title="Background jobs"
        description="Keep-alive refreshes every grant before Xero forgets its refresh token; the scheduled sync reconciles every app with Xero. Only one server process runs them at a time."
        actions={can(user.role, "connections:sync") ? <RunNowButtons /> : undefined}
      />
      <div className="space-y-6">
        <Card className="max-w-2xl">{can(user.role, "settings:manage") ? <JobSettingsForm settings={settings} /> : <JobSettingsView settings={settings} />}</Card>
        <section aria-labelledby="runs-heading">
          <h2 id="runs-heading" className="mb-3 text-lg font-semibold">
            Last 50 runs
          </h2>
          <JobRuns initial={runs} />
        </section>
      </div>
    </Providers>
  );
}
