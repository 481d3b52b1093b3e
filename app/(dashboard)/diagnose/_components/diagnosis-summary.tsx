import type { Diagnosis } from "@/lib/diagnosis/evidence";
import { Card } from "@/components/ui/card";
import { CopyField } from "@/components/ui/copy-field";
import { Notice } from "@/components/ui/notice";

/** The class in plain words, what could not be matched, and the link that reproduces this diagnosis. */
export function DiagnosisSummary({ diagnosis, shareUrl }: { diagnosis: Diagnosis; shareUrl: string }) {
  const { explained, classification, appNotFound, orgNotFound } = diagnosis;
  return (
    <Card aria-labelledby="dg-title" className="mb-6">
      <p className="text-xs font-semibold uppercase tracking-wide text-muted">Diagnosis</p>
      <h2 id="dg-title" className="mt-1 text-xl font-semibold">
        {explained.title}
      </h2>
      <p className="mt-2 max-w-3xl text-sm">{explained.explanation}</p>
      <div className="mt-3 space-y-2">
        {appNotFound && (
          <Notice tone="info" title="App not found">
            No registered app is called &ldquo;{appNotFound}&rdquo;. Pick the app in the form to see its evidence.
          </Notice>
        )}
        {classification.kind === "app_cap" && !appNotFound && !diagnosis.app && (
          <Notice tone="info" title="App not named">
            The message does not name the app. Pick it in the form to see its connections against the cap.
          </Notice>
        )}
        {orgNotFound && (
          <Notice tone="info" title="Organisation not found">
            No organisation we have seen matches &ldquo;{orgNotFound}&rdquo; (or several do). Use the exact name or the tenant id.
          </Notice>
        )}
      </div>
      <div className="mt-4 max-w-2xl">
        <CopyField label="Link to this diagnosis" value={shareUrl} />
      </div>
    </Card>
  );
}
