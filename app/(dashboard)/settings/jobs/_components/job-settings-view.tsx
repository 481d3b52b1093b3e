import type { JobSettings } from "@/lib/jobs/settings";

/** What developers and support staff see: the settings, without a form. */
export function JobSettingsView({ settings }: { settings: JobSettings }) {
  const rows: Array<[string, string]> = [
    ["Keep-alive", settings.keepAliveEnabled ? `On: refresh grants whose refresh token is older than ${settings.keepAliveAfterDays} days` : "Off"],
    ["Scheduled sync", settings.syncEnabled ? `On: every ${settings.syncIntervalHours} hours` : "Off"],
    ["Idle after", `${settings.idleDays} days without a successful call`],
    ["Observed connections stale after", `${settings.observedStaleDays} days not reported by your product`],
  ];
  return (
    <div>
      <h2 className="font-semibold">Job settings</h2>
      <p className="mt-1 text-sm text-muted">Only admins can change these.</p>
      <dl className="mt-3 space-y-2 text-sm">
        {rows.map(([term, detail]) => (
          <div key={term}>
            <dt className="font-medium">{term}</dt>
            <dd className="text-soft">{detail}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
