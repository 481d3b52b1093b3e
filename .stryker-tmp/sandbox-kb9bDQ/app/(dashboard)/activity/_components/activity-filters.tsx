// @ts-nocheck
import Link from "next/link";
import { auditActions } from "@/lib/audit/record";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select-field";

const actionOptions = [{ value: "", label: "All actions" }, ...Object.entries(auditActions).map(([value, label]) => ({ value, label }))];

/** A GET form: filters live in the URL, so a filtered view can be bookmarked and shared. */
export function ActivityFilters({ actor, action }: { actor?: string; action?: string }) {
  return (
    <form method="get" action="/activity" role="search" aria-label="Filter activity" className="mb-4 flex flex-wrap items-end gap-3">
      <Field label="Actor email" name="actor" type="search" defaultValue={actor} placeholder="someone@example.com" className="w-72" />
      <SelectField label="Action" name="action" options={actionOptions} defaultValue={action ?? ""} className="w-60" />
      <Button type="submit" variant="secondary">
        Filter
      </Button>
      {(actor || action) && (
        <Link href="/activity" className="py-2 text-sm font-medium text-sky-700 underline dark:text-sky-400">
          Clear filters
        </Link>
      )}
    </form>
  );
}
