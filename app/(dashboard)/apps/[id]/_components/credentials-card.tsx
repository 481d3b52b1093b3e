import type { AppSummary } from "@/lib/apps/queries";
import { scopeWarnings } from "@/lib/apps/scopes";
import { Card } from "@/components/ui/card";
import { CopyField } from "@/components/ui/copy-field";
import { ReplaceSecretForm } from "./replace-secret-form";

export function CredentialsCard({ app, canEdit }: { app: AppSummary; canEdit: boolean }) {
  const warnings = scopeWarnings(app.scopes, app);
  return (
    <Card>
      <h2 className="mb-3 font-semibold">Credentials</h2>
      <dl className="space-y-3 text-sm">
        <div>
          <dt className="text-muted">Client id</dt>
          <dd className="break-all font-mono">{app.clientId}</dd>
        </div>
        <div>
          <dt className="text-muted">Client secret</dt>
          <dd>{app.hasSecret ? "Stored, encrypted (never shown again)" : "None: this app uses PKCE"}</dd>
        </div>
        <div>
          <dt className="text-muted">Scopes</dt>
          <dd className="break-words font-mono text-xs">{app.scopes}</dd>
        </div>
      </dl>
      {warnings.length > 0 && (
        <ul className="mt-3 list-disc space-y-1 pl-5 text-xs text-amber-800 dark:text-amber-300" aria-label="Scope warnings">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {/* Xero never redirects a Custom Connection: it gets tokens with client credentials (docs/xero.md#custom-connections). */}
      {app.plan === "custom-connection" ? (
        <p className="mt-4 text-sm">
          Connects with client credentials (client id and secret): Xero never redirects to a Custom Connection, so no redirect URI needs registering. The one organisation it serves is chosen in Xero
          when the Custom Connection is authorised.
        </p>
      ) : (
        <div className="mt-4">
          <CopyField label="Redirect URI" value={app.redirectUri} />
          <p className="mt-1 text-xs text-muted">Register exactly this address as the app&apos;s redirect URI in Xero&apos;s developer portal.</p>
        </div>
      )}
      {canEdit && <ReplaceSecretForm appId={app.id} />}
    </Card>
  );
}
