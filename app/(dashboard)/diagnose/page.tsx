import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { diagnose, diagnoseAppChoices } from "@/lib/diagnosis/evidence";
import { diagnosePath, hasInput, parseDiagnoseInput } from "@/lib/diagnosis/input";
import { env } from "@/lib/env";
import { xeroNow } from "@/lib/clock";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { DiagnoseForm } from "./_components/diagnose-form";
import { DiagnosisSummary } from "./_components/diagnosis-summary";
import { AppEvidenceSection } from "./_components/app-evidence-section";
import { OrgCandidates, OrgEvidenceSection } from "./_components/org-evidence-section";
import { UserEvidenceSection } from "./_components/user-evidence-section";
import { RankedActions } from "./_components/ranked-actions";
import { CustomerMatchSection, NameSuggestions } from "./_components/name-match-section";

export const metadata: Metadata = { title: "Diagnose" };

export default async function DiagnosePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePagePermission("diagnose:use");
  const input = parseDiagnoseInput(await searchParams);
  const apps = await diagnoseAppChoices();
  const diagnosis = hasInput(input) ? await diagnose(input) : null;
  const nowIso = xeroNow().toISOString();
  return (
    <>
      <PageHeader
        title="Diagnose"
        description="Paste a Xero error message or URL, and/or pick an app, organisation or authorising user: the page names the limit or error, shows what fills it, and ranks what fixes it."
      />
      <DiagnoseForm input={input} apps={apps} />
      {!diagnosis ? (
        <EmptyState title="Nothing to diagnose yet">
          Paste an error such as &ldquo;needs to complete certification before they can connect to more Xero organisations&rdquo; or a /connectionLimit address. The result has its own link: share it
          and the other person sees the same diagnosis.
        </EmptyState>
      ) : (
        <>
          <DiagnosisSummary diagnosis={diagnosis} shareUrl={`${env().appUrl}${diagnosePath(input)}`} />
          <RankedActions actions={diagnosis.actions} />
          {diagnosis.app && <AppEvidenceSection evidence={diagnosis.app} canDisconnect={can(user.role, "connections:disconnect")} nowIso={nowIso} />}
          {diagnosis.org && <OrgEvidenceSection evidence={diagnosis.org} />}
          <OrgCandidates candidates={diagnosis.orgCandidates} hrefFor={(o) => diagnosePath({ ...input, org: o.name })} />
          {diagnosis.user && <UserEvidenceSection email={diagnosis.user.email} grants={diagnosis.user.grants} nowIso={nowIso} />}
          {diagnosis.customer && <CustomerMatchSection evidence={diagnosis.customer} />}
          {diagnosis.nameMatch && <NameSuggestions match={diagnosis.nameMatch} />}
          {!diagnosis.app && !diagnosis.org && !diagnosis.user && !diagnosis.customer && !diagnosis.nameMatch?.suggestions.length && diagnosis.orgCandidates.length === 0 && (
            <p className="text-sm text-muted">No app, organisation or user chosen: pick one in the form to see the evidence from our data.</p>
          )}
        </>
      )}
    </>
  );
}
