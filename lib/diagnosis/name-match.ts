// Pure: when a pasted message is no Xero error we know, it may be a name (support pastes "Harbour Street
// Bakery" or "ben@…"). Decide whether the text is worth looking up and which of the found records it means.

export type NameCandidate =
  | { kind: "organisation"; tenantId: string; name: string }
  | { kind: "app"; id: string; name: string; environment: string }
  | { kind: "xero_user"; email: string; name: string }
  | { kind: "customer"; id: string; externalId: string; name: string; email: string | null; accountName: string | null };

export type NameMatch = { query: string; chosen: NameCandidate | null; suggestions: NameCandidate[] };

const MAX_NAME = 200;

/** The text to look up, or null when it cannot be a name (empty, several lines, too long). */
export function lookupText(message: string | null | undefined): string | null {
  const text = (message ?? "")
    .trim()
    .replace(/^["'“”‘’]+|["'“”‘’]+$/g, "")
    .trim();
  if (text.length < 2 || text.length > MAX_NAME || /[\r\n]/.test(text)) return null;
  return text;
}

/** The words a candidate is matched on: its name, and an email where it has one. */
function keys(c: NameCandidate): string[] {
  if (c.kind === "xero_user") return [c.email, c.name];
  if (c.kind === "customer") return [c.name, c.externalId, c.email ?? "", c.accountName ?? ""];
  return [c.name];
}

/**
 * One candidate whose name (or email) equals the text, ignoring case, is chosen; otherwise nothing is
 * chosen and every candidate is offered as "Did you mean". Several exact matches (an app and an
 * organisation of the same name) are offered too: guessing would show the wrong evidence.
 */
export function chooseNameMatch(query: string, candidates: NameCandidate[]): NameMatch {
  const q = query.trim().toLowerCase();
  const exact = candidates.filter((c) => keys(c).some((k) => k.trim().toLowerCase() === q));
  if (exact.length === 1) return { query, chosen: exact[0]!, suggestions: candidates.filter((c) => c !== exact[0]) };
  return { query, chosen: null, suggestions: [...exact, ...candidates.filter((c) => !exact.includes(c))] };
}

const KIND_LABEL: Record<NameCandidate["kind"], string> = { organisation: "an organisation", app: "an app", xero_user: "a Xero user", customer: "a customer" };

/** "an organisation", "a Xero user"… for the heading. */
export const kindLabel = (c: NameCandidate) => KIND_LABEL[c.kind];

/** How a candidate reads in a list: "Harbour Street Bakery (organisation)". */
export function candidateLabel(c: NameCandidate): string {
  if (c.kind === "organisation") return `${c.name} (organisation)`;
  if (c.kind === "app") return `${c.name} (app, ${c.environment})`;
  if (c.kind === "xero_user") return `${c.name} <${c.email}> (Xero user)`;
  return `${c.name}${c.accountName ? `, ${c.accountName}` : ""} (customer ${c.externalId})`;
}
