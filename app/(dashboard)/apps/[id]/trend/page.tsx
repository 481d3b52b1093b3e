import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { getAppTrend, TREND_DAYS } from "@/lib/trend/queries";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { CapBar } from "@/components/limits/cap-bar";
import { TrendChart } from "@/components/limits/trend-chart";
import { ProjectionSummary } from "./_components/projection-summary";

export const metadata: Metadata = { title: "Connection trend" };
export const dynamic = "force-dynamic";

export default async function AppTrendPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("apps:read");
  const { id } = await params;
  const { app, points, from, today, projection } = await getAppTrend(id);
  return (
    <>
      <PageHeader
        title={`${app.name}: connection trend`}
        description={`Connections counted against the cap at the end of each day's syncs, over the last ${TREND_DAYS} days.`}
        actions={
          <Link href={`/apps/${app.id}`} className="text-sm font-medium text-sky-700 underline dark:text-sky-400">
            Back to the app
          </Link>
        }
      />
      <div className="space-y-6">
        <Card className="max-w-3xl space-y-4">
          <CapBar progress={app.progress} label={`${app.name} connections against its cap`} />
          <ProjectionSummary projection={projection} appName={app.name} />
        </Card>
        <Card className="max-w-3xl">
          <h2 className="mb-3 font-semibold">Connections per day</h2>
          <TrendChart id={`trend-${app.id}`} label={`${app.name}: connections per day`} points={points} cap={app.cap} from={from} today={today} projection={projection} />
        </Card>
      </div>
    </>
  );
}
