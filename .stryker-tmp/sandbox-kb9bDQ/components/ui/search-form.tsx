// @ts-nocheck
import { Button } from "./button";
import { inputClass } from "./field";

/** A GET search box: the query stays in the URL so the view can be shared. */
export function SearchForm({ action, label, placeholder, value, hidden = {} }: { action: string; label: string; placeholder?: string; value?: string; hidden?: Record<string, string | undefined> }) {
  return (
    <form method="get" action={action} role="search" aria-label={label} className="mb-4 flex max-w-xl gap-2">
      {Object.entries(hidden).map(([k, v]) => (v ? <input key={k} type="hidden" name={k} value={v} /> : null))}
      <label htmlFor={`${action}-q`} className="sr-only">
        {label}
      </label>
      <input id={`${action}-q`} type="search" name="q" defaultValue={value} placeholder={placeholder} className={inputClass} />
      <Button type="submit" variant="secondary">
        Search
      </Button>
    </form>
  );
}
