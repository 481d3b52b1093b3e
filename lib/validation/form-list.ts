import { z } from "zod";

/**
 * A list a form posts as repeated fields (checkboxes): none checked sends nothing and one sends a plain
 * string, so both are read as lists before `list` judges them (its own "choose at least one" message shows).
 */
export function formList<S extends z.ZodType>(list: S) {
  return z.preprocess((v) => (v === undefined ? [] : typeof v === "string" ? [v] : v), list);
}
