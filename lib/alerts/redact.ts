// Pure: what people without "alerts:details" see of a webhook. URLs often carry a secret in the path
// or query, so they see the host alone; they see the outcome of a delivery, never the receiver's words.

/** "hooks.example.com/…": the host, and a mark when there was more to the address. */
export function receiverLabel(url: string): string {
  try {
    const u = new URL(url);
    const more = u.pathname !== "/" || u.search !== "" || u.port !== "";
    return `${u.hostname}${more ? "/…" : ""}`;
  } catch {
    return "a webhook";
  }
}

// Errors built by lib/alerts/send.ts and deliver.ts: none holds a URL, an address or a response body.
const SAFE_ERRORS = [
  /^The receiver answered \d{3}\.$/,
  /^Not sent: This address points at [^.]+, which webhooks may not be sent to\.$/,
  /^No answer within \d+ seconds\.$/,
  /^Could not (reach the receiver|find the receiver's host)( \([A-Z0-9_]+\))?\.$/,
  /^The webhook was turned off before this could be delivered\.$/,
];

/**
 * A delivery error fit for everyone. Rows written before responses were kept apart read
 * "The receiver answered 500: <body>" or carried a system message: reduce those to the status.
 */
export function deliveryErrorForEveryone(error: string | null): string | null {
  if (error === null || SAFE_ERRORS.some((re) => re.test(error))) return error;
  const status = /^The receiver answered (\d{3})/.exec(error)?.[1];
  return status ? `The receiver answered ${status}.` : "Could not reach the receiver.";
}
