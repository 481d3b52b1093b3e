// @ts-nocheck
import { inputClass } from "@/components/ui/field";

// The status filter of every connections table: values match lib/connections/filters.ts.
export const statusOptions = [
  { value: "", label: "Connected (active and stale)" },
  { value: "active", label: "Active" },
  { value: "stale", label: "Stale" },
  { value: "broken", label: "Needs re-authorisation" },
  { value: "disconnected", label: "Disconnected" },
  { value: "all", label: "All" },
] as const;

export function StatusSelect({ id, value }: { id: string; value?: string }) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        Status
      </label>
      <select id={id} name="status" defaultValue={value ?? ""} className={inputClass}>
        {statusOptions.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
