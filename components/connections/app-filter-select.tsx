"use client";

import { useEffect, useState } from "react";
import { inputClass } from "@/components/ui/field";

export type AppOption = { id: string; name: string; environment: string };

type Props = {
  id: string;
  /** The app the URL filters by, if any: rendered with the page so the menu shows it before the rest loads. */
  selected?: AppOption;
  /** "stale": only apps with stale connections (the stale view). */
  only?: "stale";
};

/**
 * An app filter menu (name="app", the app's id) whose options load from GET /api/app-options after the page:
 * with thousands of apps, the <option>s rendered into every connections page (HTML and RSC payload both)
 * were most of its weight. Until they arrive the menu offers "All apps" and the chosen app, so the form
 * submits the same filter either way.
 */
export function AppFilterSelect({ id, selected, only }: Props) {
  const [apps, setApps] = useState<AppOption[] | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/app-options${only ? `?only=${only}` : ""}`, { signal: controller.signal })
      .then((res) => (res.ok ? (res.json() as Promise<AppOption[]>) : null))
      .then((list) => list && setApps(list))
      .catch(() => undefined); // Aborted, or offline: the menu keeps "All apps" and the chosen app.
    return () => controller.abort();
  }, [only]);
  // The chosen app stays in the menu even when the list leaves it out (the stale view lists apps with stale connections).
  const options = apps ? (selected && !apps.some((a) => a.id === selected.id) ? [selected, ...apps] : apps) : selected ? [selected] : [];
  return (
    <select id={id} name="app" defaultValue={selected?.id ?? ""} aria-busy={apps === null} className={inputClass}>
      <option value="">All apps</option>
      {options.map((a) => (
        <option key={a.id} value={a.id}>
          {a.name} ({a.environment})
        </option>
      ))}
    </select>
  );
}
