import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER } from "@/lib/alerts/signature";

/** How a receiver checks that a delivery came from us. */
export function ReceivingHelp() {
  return (
    <details className="rounded-xl border border-slate-200 p-4 text-sm dark:border-slate-800">
      <summary className="cursor-pointer font-medium">How deliveries look and how to verify them</summary>
      <div className="mt-2 space-y-2 text-soft">
        <p>
          Each alert is a <code>POST</code> with a JSON body <code>{"{ id, event, createdAt, data }"}</code> and the headers <code>{EVENT_HEADER}</code>, <code>{DELIVERY_HEADER}</code> (the same on
          every retry, so you can ignore repeats) and <code>{SIGNATURE_HEADER}</code>: <code>sha256=</code> followed by the hex HMAC-SHA256 of the raw body with your signing secret. Compare it in
          constant time before trusting the body.
        </p>
        <p>Answer with any 2xx status within 10 seconds. Otherwise we try again after 1 minute, 5 minutes, 30 minutes and 2 hours, then give up.</p>
      </div>
    </details>
  );
}
