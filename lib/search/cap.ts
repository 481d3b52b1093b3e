/**
 * A text search on a dashboard list (connections, organisations) counts and lists at most this many matches; past
 * it the page says more matched and asks for a narrower search. Sorting or counting every match of a broad search
 * is what costs at scale: "Harbour" names 16,667 of 200,000 organisations.
 */
export const SEARCH_CAP = 1000;
