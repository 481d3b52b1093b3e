import type { Metadata } from "next";
import { viewSession, type SessionPage } from "@/lib/connect-sessions/flow";
import { failureMessages } from "@/lib/connect-sessions/outcome";

// The page a team's customer lands on from a connect link. Public (no dashboard account), no script of
// its own: a plain form posts to /connect/{token}/start, which works under a strict CSP.

export const metadata: Metadata = { title: "Connect to Xero", robots: { index: false, follow: false }, referrer: "same-origin" };
export const dynamic = "force-dynamic";

function Card({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-md rounded-xl border border-slate-200 bg-white p-6 shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <h1 className="text-xl font-semibold">{title}</h1>
        <div className="mt-3 space-y-4 text-sm text-soft">{children}</div>
      </div>
    </main>
  );
}

const failureTitles: Record<string, (app: string) => string> = {
  connection_limit: (app) => `${app} cannot connect more Xero organisations right now`,
  expired: () => "This link has expired",
};

function Outcome({ page, token }: { page: SessionPage; token: string }) {
  if (page.kind === "invalid") return <Card title="This link is not valid">Check that you opened the whole link, or ask for a new one.</Card>;
  if (page.kind === "used")
    return (
      <Card title="This link was already used">
        <p>
          Each link to connect {page.appName} to Xero works once. If you did not finish connecting, ask {page.appName} for a new link.
        </p>
      </Card>
    );
  if (page.kind === "failed")
    return (
      <Card title={failureTitles[page.reason]?.(page.appName) ?? `${page.appName} could not be connected`}>
        <p>
          {page.reason === "expired" ? "This" : page.appName} {failureMessages[page.reason]}
        </p>
        <a className="inline-block rounded-md bg-slate-900 px-4 py-2 font-medium text-white dark:bg-slate-100 dark:text-slate-900" href={page.returnTo} rel="noreferrer">
          Go back to {page.appName}
        </a>
      </Card>
    );
  return (
    <Card title={page.reconnect ? `Reconnect ${page.appName} to Xero` : `Connect ${page.appName} to Xero`}>
      <p>
        {page.appName} asks {page.customer === "you" ? "you" : <strong>{page.customer}</strong>} to {page.reconnect ? "authorise its Xero access again" : "give it access to your Xero organisations"}.
        You will sign in to Xero and choose the organisations; Xero then sends you back to {page.appName}.
      </p>
      {page.reconnect && <p>Sign in with the same Xero user as before.</p>}
      <form method="post" action={`/connect/${encodeURIComponent(token)}/start`}>
        <button type="submit" className="rounded-md bg-slate-900 px-4 py-2 font-medium text-white dark:bg-slate-100 dark:text-slate-900">
          Continue to Xero
        </button>
      </form>
      <p className="text-xs text-slate-500">This link works once and expires 30 minutes after it was made. Connection Desk manages {page.appName}&apos;s Xero connections.</p>
    </Card>
  );
}

export default async function ConnectPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <Outcome page={await viewSession(token)} token={token} />;
}
