import Link from "next/link";
import { toQueryString } from "@/lib/url";

/**
 * Previous/next links that keep every other query parameter, so a filtered view stays shareable. `more`: more rows
 * matched than the `total` listed (a broad text search lists its first matches only).
 */
export function Pagination({
  page,
  pageSize,
  total,
  more = false,
  basePath,
  params,
}: {
  page: number;
  pageSize: number;
  total: number;
  more?: boolean;
  basePath: string;
  params: Record<string, string | undefined>;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => `${basePath}${toQueryString({ ...params, page: p > 1 ? p : undefined })}`;
  const linkClass = "rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800";
  return (
    <nav aria-label="Pagination" className="mt-4 flex items-center justify-between text-sm">
      <p className="text-muted">
        Page {Math.min(page, pages)} of {pages} ·{" "}
        {more ? `the first ${total.toLocaleString()} of more than ${total.toLocaleString()} rows` : `${total.toLocaleString()} ${total === 1 ? "row" : "rows"}`}
      </p>
      <div className="flex gap-2">
        {page > 1 && (
          <Link className={linkClass} href={href(page - 1)} rel="prev">
            Previous
          </Link>
        )}
        {page < pages && (
          <Link className={linkClass} href={href(page + 1)} rel="next">
            Next
          </Link>
        )}
      </div>
    </nav>
  );
}
