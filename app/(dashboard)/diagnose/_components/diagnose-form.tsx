import type { DiagnoseInput } from "@/lib/diagnosis/input";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";

type Props = { input: DiagnoseInput; apps: Array<{ id: string; name: string; environment: string }> };

const label = "mb-1 block text-sm font-medium";

/** A GET form: the inputs become the URL, so the address of the result reproduces the diagnosis. */
export function DiagnoseForm({ input, apps }: Props) {
  return (
    <form
      method="get"
      action="/diagnose"
      aria-label="Diagnose a problem"
      className="mb-8 grid gap-4 rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900 lg:grid-cols-3"
    >
      <div className="lg:col-span-3">
        <label htmlFor="dg-message" className={label}>
          Error message or URL
        </label>
        <textarea
          id="dg-message"
          name="message"
          rows={3}
          defaultValue={input.message}
          aria-describedby="dg-message-hint"
          className={inputClass}
          placeholder="e.g. My App needs to complete certification before they can connect to more Xero organisations"
        />
        <p id="dg-message-hint" className="mt-1 text-xs text-muted">
          Paste Xero&apos;s wording, a /connectionLimit address, or an API error (status, body or headers). Leave it empty to look at an app, organisation or user.
        </p>
      </div>
      <div>
        <label htmlFor="dg-app" className={label}>
          App
        </label>
        <select id="dg-app" name="app" defaultValue={input.app ?? ""} className={inputClass}>
          <option value="">From the message, or none</option>
          {apps.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name} ({a.environment})
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="dg-org" className={label}>
          Organisation (name or tenant id)
        </label>
        <input id="dg-org" name="org" defaultValue={input.org} className={inputClass} />
      </div>
      <div>
        <label htmlFor="dg-user" className={label}>
          Authorising user (email)
        </label>
        <input id="dg-user" name="user" type="email" defaultValue={input.user} className={inputClass} />
      </div>
      <div className="lg:col-span-3">
        <Button type="submit">Diagnose</Button>
      </div>
    </form>
  );
}
