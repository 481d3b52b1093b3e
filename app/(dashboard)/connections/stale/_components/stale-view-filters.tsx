import Link from "next/link";
import type { StaleFilters } from "@/lib/staleness/queries";
import { toQueryString } from "@/lib/url";
import { Button } from "@/components/ui/button";
import { AppFilterSelect, type AppOption } from "@/components/connections/app-filter-select";
import { cn } from "@/components/ui/cn";

type Props = { filters: StaleFilters; app?: AppOption };

/** Which list (stale, or vanished from Xero) and which app: all in the URL, so the view can be shared. */
export function StaleViewFilters({ filters, app }: Props) {
  const tab = (view: "stale" | "vanished", label: string) => {
    const current = (filters.view ?? "stale") === view;
    return (
      <Link
        href={`/connections/stale${toQueryString({ app: filters.app, view: view === "stale" ? undefined : view })}`}
        aria-current={current ? "page" : undefined}
        className={cn("rounded-md px-3 py-1.5 text-sm font-medium", current ? "bg-sky-700 text-white" : "border border-slate-300 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800")}
      >
        {label}
      </Link>
    );
  };
  return (
    <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
      <nav aria-label="Stale lists" className="flex gap-2">
        {tab("stale", "Stale (still fill slots)")}
        {tab("vanished", "Vanished from Xero")}
      </nav>
      <form method="get" action="/connections/stale" aria-label="Filter stale connections" className="flex items-end gap-2">
        {filters.view && <input type="hidden" name="view" value={filters.view} />}
        <div>
          <label htmlFor="sf-app" className="mb-1 block text-sm font-medium">
            App
          </label>
          <AppFilterSelect id="sf-app" selected={app} only={filters.view === "vanished" ? undefined : "stale"} />
        </div>
        <Button type="submit" variant="secondary">
          Apply
        </Button>
      </form>
    </div>
  );
}
