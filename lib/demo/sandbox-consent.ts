// A Xero user's sign-in and consent on the built-in sandbox, driven over HTTP as a browser would, starting
// from an authorize URL: the demo seed's customers consent this way (lib/demo/demo-customers-run.ts), and
// tests use it through lib/xero/testing/sandbox-kit.ts.

export type ConsentStep = { authorizeUrl: string; email: string; password: string; tenantIds: string[]; decision?: "allow" | "cancel" };

/** Signs in and answers the consent page; returns the final response (a 303 to the redirect URI, or a page). */
export async function submitConsent(step: ConsentStep): Promise<Response> {
  const page = await fetch(step.authorizeUrl);
  if (page.status !== 200 || !(page.headers.get("content-type") ?? "").includes("text/html")) {
    throw new Error(`authorize page answered ${page.status}: ${(await page.text()).slice(0, 200)}`);
  }
  const signIn = await fetch(step.authorizeUrl, {
    method: "POST",
    body: new URLSearchParams({ step: "signin", email: step.email, password: step.password }),
    redirect: "manual",
  });
  const html = await signIn.text();
  const ticket = /name="ticket" value="([^"]+)"/.exec(html)?.[1];
  if (!ticket) throw new Error(`sign-in failed (${signIn.status}): ${html.slice(0, 200)}`);
  const form = new URLSearchParams({ step: "consent", ticket, decision: step.decision ?? "allow" });
  for (const t of step.tenantIds) form.append("tenant", t);
  return fetch(step.authorizeUrl, { method: "POST", body: form, redirect: "manual" });
}
