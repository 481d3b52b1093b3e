import Link from "next/link";
import type { AppSummary } from "@/lib/apps/queries";
import { planRule } from "@/lib/limits/plans";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { CapBar } from "@/components/limits/cap-bar";

export function AppCard({ app }: { app: AppSummary }) {
  return (
    <Card className="h-full">
      <div className="flex items-start justify-between gap-2">
        <h3 className="font-semibold">
          <Link href={`/apps/${app.id}`} className="hover:underline">
            {app.name}
          </Link>
        </h3>
        {app.certified && <Badge tone="good">Certified</Badge>}
      </div>
      <p className="mb-3 mt-1 text-xs text-muted">{planRule(app.plan).label}</p>
      <CapBar progress={app.progress} label={`${app.name} connections against its cap`} />
      <p className="mt-2 text-xs text-muted">
        {app.organisationCount.toLocaleString()} organisation{app.organisationCount === 1 ? "" : "s"}
        {app.staleCount > 0 && ` · ${app.staleCount} stale`}
      </p>
    </Card>
  );
}
