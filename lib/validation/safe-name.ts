import { z } from "zod";

// One rule for every name a person types (app names, user names, sandbox app names…). Names show up in
// tables, audit lines, CSV exports and alert payloads, so they must not carry characters that hide or
// reorder text: control characters (NUL, C0, DEL, C1, line breaks) and the bidi formatting characters
// that flip the order in which text is displayed (Trojan-source style, U+202A–U+202E, U+2066–U+2069,
// plus the invisible marks U+200E, U+200F, U+061C and the separators U+2028, U+2029).
const UNSAFE_NAME_CHARACTER = /[\p{Cc}\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

export const UNSAFE_NAME_MESSAGE = "Remove control or text-direction characters from the name.";

/** Whether a name contains only characters that display as typed. */
export function isSafeName(value: string): boolean {
  return !UNSAFE_NAME_CHARACTER.test(value);
}

/** A trimmed, required name of at most `max` characters that display as typed. */
export function safeName(messages: { required: string; tooLong: string }, max = 100) {
  return z.string().trim().min(1, messages.required).max(max, messages.tooLong).refine(isSafeName, UNSAFE_NAME_MESSAGE);
}
