import Link from "next/link";
import { toQueryString } from "@/lib/url";
import { connectionSorts, filtersToParams, type ConnectionFilters } from "@/lib/connections/filters";

const labels = { organisation: "Organisation", user: "User", app: "App", created: "Created", updated: "Updated", status: "Status" } as const;

/** Sorting as links, so the order is part of the shareable URL. */
export function SortLinks({ filters }: { filters: ConnectionFilters }) {
  const current = filters.sort ?? "organisation";
  const href = (sort: string) => {
    const dir = current === sort && filters.dir !== "desc" ? "desc" : "asc";
    return `/connections${toQueryString({ ...filtersToParams(filters), sort, dir, page: undefined })}`;
  };
  return (
    <nav aria-label="Sort connections" className="mb-2 flex flex-wrap items-center gap-2 text-sm">
      <span className="text-muted">Sort by</span>
      {connectionSorts.map((s) => (
        <Link
          key={s}
          href={href(s)}
          aria-current={current === s ? "true" : undefined}
          className={`rounded px-2 py-0.5 ${current === s ? "bg-sky-100 font-medium text-sky-900 dark:bg-sky-950 dark:text-sky-100" : "hover:underline"}`}
        >
          {labels[s]}
          {current === s ? (filters.dir === "desc" ? " ↓" : " ↑") : ""}
        </Link>
      ))}
    </nav>
  );
}
