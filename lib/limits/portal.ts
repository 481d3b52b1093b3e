// Xero's developer portal shows the app's real connection count; Connection Desk knows only the
// connections it holds tokens for and the ones the team's product reported (observed). Connections made
// elsewhere (another tool, a script, an old deployment) fill the cap all the same, so cap arithmetic uses
// whichever number is larger. Pure: the app page, overview, Diagnose and the API's headroom all read this.

export type KnownVsPortal = {
  held: number;
  observed: number;
  /** held + observed */
  known: number;
  /** What the portal shows, as typed in; null when nobody has read it. */
  portal: number | null;
  /** Counted in Xero but unknown here; 0 when the portal count is missing or not larger. */
  elsewhere: number;
  /** What fills the cap: the larger of known and the portal count. */
  counted: number;
  /** "Xero counts 25; Connection Desk knows 18 (12 held, 6 observed): 7 made elsewhere", or null without a portal count. */
  sentence: string | null;
};

const n = (x: number) => x.toLocaleString("en");

/** What fills the cap: the larger of what Connection Desk knows and Xero's portal count (when entered). */
export const countedAgainstCap = (known: number, portal: number | null): number => Math.max(known, portal ?? 0);

export function knownVsPortal(input: { held: number; observed: number; portal: number | null }): KnownVsPortal {
  const held = Math.max(0, input.held);
  const observed = Math.max(0, input.observed);
  const known = held + observed;
  const portal = input.portal;
  const elsewhere = portal === null ? 0 : Math.max(0, portal - known);
  const counted = countedAgainstCap(known, portal);
  if (portal === null) return { held, observed, known, portal, elsewhere, counted, sentence: null };
  const head = `Xero counts ${n(portal)}; Connection Desk knows ${n(known)} (${n(held)} held, ${n(observed)} observed)`;
  const tail = elsewhere > 0 ? `${n(elsewhere)} made elsewhere` : portal === known ? "all accounted for" : "Xero's count may predate the last sync: read it again";
  return { held, observed, known, portal, elsewhere, counted, sentence: `${head}: ${tail}` };
}
