"use client";

import { useSyncExternalStore } from "react";
import { relativeTime } from "./relative-time";

const subscribe = () => () => {};

/**
 * A UTC instant in the viewer's locale and time zone, with a relative time. The server does not know
 * the viewer's locale, so it renders UTC and the browser replaces it after hydration. `nowIso` comes
 * from the server's clock (lib/clock), which the sandbox may have moved forward.
 */
/** `compact` (for wide tables): the date and the relative time on two lines; the full time is the tooltip. */
export function LocalTime({ iso, nowIso, compact = false }: { iso: string; nowIso: string; compact?: boolean }) {
  const inBrowser = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  const at = new Date(iso);
  const absolute = inBrowser ? at.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }) : `${iso.slice(0, 16).replace("T", " ")} UTC`;
  const relative = relativeTime(at, new Date(nowIso), inBrowser ? undefined : "en");
  if (compact) {
    const day = inBrowser ? at.toLocaleDateString(undefined, { dateStyle: "medium" }) : iso.slice(0, 10);
    return (
      <time dateTime={iso} title={absolute} className="whitespace-nowrap">
        {day}
        <span className="block text-xs text-muted">{relative}</span>
      </time>
    );
  }
  return (
    <time dateTime={iso} title={absolute}>
      {absolute} <span className="text-muted">({relative})</span>
    </time>
  );
}
