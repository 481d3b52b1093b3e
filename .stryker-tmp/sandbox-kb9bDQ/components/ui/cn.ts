/** Joins class names, skipping falsy ones. */
// @ts-nocheck

export function cn(...classes: Array<string | false | null | undefined>): string {
  return classes.filter(Boolean).join(" ");
}
