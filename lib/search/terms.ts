import { sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/index";
import { databaseEngine } from "@/db/engine";
import { searchTerms } from "@/db/schema";
import { escapeLike } from "@/lib/pagination/like";

// Text search over the trigger-kept search_terms rows (migration search_index; docs/architecture.md#search).
// Every search is "key in (this subquery)", so a caller's query keeps the shape it would have on Postgres,
// where the subquery reads the same table through a pg_trgm GIN index instead of the FTS5 table.

/** Which field a search_terms row holds; the triggers in migration search_index write these names. */
export type SearchKind = "organisation" | "grant_email" | "grant_name" | "end_user_name" | "end_user_account";

/** Trigrams need three characters: shorter text cannot be looked up in search_fts. */
export const TRIGRAM_LENGTH = 3;

/**
 * The user's text as one FTS5 phrase: inside double quotes every character is literal (operators such as
 * NEAR(, AND, * and ^ included), and a double quote is written twice. With the trigram tokenizer a phrase
 * matches wherever it occurs in the text, case-insensitively: the LIKE '%q%' it replaces.
 */
export function ftsPhrase(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** A LIKE pattern for text starting with the user's text, its %, _ and \ taken literally (escape '\'). */
export function likePrefix(text: string): string {
  return `${escapeLike(text)}%`;
}

/**
 * The keys (search_terms.ref) of the rows of these kinds whose text contains `text`, case-insensitively,
 * as a subquery for `inArray(column, …)`. From three characters: substring, through the trigram index.
 * One or two characters cannot use trigrams; rather than scan every name, they match names that start
 * with the text (a range on search_terms_prefix_idx), so the result is bounded by an index too.
 */
export function searchRefs(kinds: SearchKind[], text: string) {
  const kind = sql.join(
    kinds.map((k) => sql`${k}`),
    sql`, `,
  );
  const long = [...text].length >= TRIGRAM_LENGTH;
  if (databaseEngine() === "postgres") {
    // Postgres reads the same rows through the pg_trgm GIN index (substring) or search_terms_prefix_idx (prefix).
    const pattern = long ? `%${likePrefix(text)}` : likePrefix(text);
    return getDb()
      .select({ ref: searchTerms.ref })
      .from(searchTerms)
      .where(sql`${searchTerms.kind} in (${kind}) and ${searchTerms.text} ilike ${pattern} escape '\\'`);
  }
  const where: SQL = long
    ? // The unary + keeps SQLite off the (kind, ref) index, which would walk every row of the kind:
      // the matches' ids come from search_fts and each is a primary-key lookup.
      // SQLite-only: FTS5 MATCH and the unary + (the Postgres form is above).
      sql`${searchTerms.id} in (select rowid from search_fts where search_fts match ${ftsPhrase(text)}) and +${searchTerms.kind} in (${kind})`
    : sql`${searchTerms.kind} in (${kind}) and ${searchTerms.text} like ${likePrefix(text)} escape '\\'`;
  return getDb().select({ ref: searchTerms.ref }).from(searchTerms).where(where);
}
