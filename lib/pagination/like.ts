/** A LIKE pattern's wildcards taken literally (use with `escape '\'`): a "50%" search means "50%". */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
