// Pure: how one entry of an organisation's Connected apps list reads, so it can be matched to the row
// Xero's own Connected apps screen shows (docs/xero.md#connected-apps-screen): Xero shows only the app and a date.

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** "Connected 12 Mar 2026" (UTC day, as Xero stamps createdDateUtc); fixed month names, not the locale's "Sept". */
export function xeroConnectedLabel(createdAt: Date | null): string {
  if (!createdAt) return "Connected date not reported by Xero";
  return `Connected ${createdAt.getUTCDate()} ${MONTHS[createdAt.getUTCMonth()]} ${createdAt.getUTCFullYear()}`;
}

/** "Ben Hogan (ben@…)"; a Custom Connection has no Xero user email, so just its name (never "()"). */
export function entryPerson(name: string, email: string): string {
  const mail = email.trim();
  return mail ? `${name} (${mail})` : name;
}
