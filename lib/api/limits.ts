/** The largest request body the REST API reads (bytes). */
export const MAX_BODY_BYTES = 1_000_000;
