import Link from "next/link";
import type { UserGrant } from "@/lib/diagnosis/org-evidence";
import { LocalTime } from "@/components/ui/local-time";
import { Card } from "@/components/ui/card";
import { customerLabel } from "@/components/connections/customer-note";

/** One Xero user's grants across apps: which work, which need re-authorisation, and what they hold. */
export function UserEvidenceSection({ email, grants, nowIso }: { email: string; grants: UserGrant[]; nowIso: string }) {
  return (
    <section aria-labelledby="dg-user" className="mb-8">
      <h2 id="dg-user" className="mb-3 text-lg font-semibold">
        Evidence: {email}
      </h2>
      <Card>
        {grants.length === 0 ? (
          <p className="text-sm">No grant of this Xero user is held: they never connected through this dashboard.</p>
        ) : (
          <ul aria-label={`Grants of ${email}`} className="space-y-2 text-sm">
            {grants.map((g) => (
              <li key={g.grantId}>
                <Link href={`/apps/${g.appId}`} className="font-medium hover:underline">
                  {g.appName}
                </Link>{" "}
                <span className="text-xs text-slate-500">({g.environment})</span>: {g.live} connection{g.live === 1 ? "" : "s"}
                {g.stale > 0 && `, ${g.stale} stale`}
                {g.endUser && <>, for customer {customerLabel(g.endUser)}</>}
                {g.status !== "active" ? (
                  <span className="text-red-700 dark:text-red-400">
                    {" "}
                    · {g.status === "revoked" ? "revoked" : "needs re-authorisation"}
                    {g.lastFailureReason ? ` (${g.lastFailureReason})` : ""}
                  </span>
                ) : null}
                {g.lastRefreshOkAt !== null && (
                  <span className="block text-xs text-muted">
                    Last token refresh <LocalTime iso={new Date(g.lastRefreshOkAt).toISOString()} nowIso={nowIso} />
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </section>
  );
}
