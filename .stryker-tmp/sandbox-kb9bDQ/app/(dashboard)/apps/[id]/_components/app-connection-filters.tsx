// @ts-nocheck
import { Button } from "@/components/ui/button";
import { StatusSelect } from "@/components/connections/status-select";
import { inputClass } from "@/components/ui/field";

type Props = { appId: string; users: Array<{ xeroUserId: string; email: string; name: string; connections: number }>; user?: string; status?: string };

/** A plain GET form: the filtered view stays in the URL and can be shared. */
export function AppConnectionFilters({ appId, users, user, status }: Props) {
  return (
    <form method="get" action={`/apps/${appId}`} className="mb-3 flex flex-wrap items-end gap-3" aria-label="Filter connections">
      <div>
        <label htmlFor="filter-user" className="mb-1 block text-sm font-medium">
          Authorised by
        </label>
        <select id="filter-user" name="user" defaultValue={user ?? ""} className={inputClass}>
          <option value="">Everyone</option>
          {/* By Xero user id: a Custom Connection's grant has no email, and ids are what People links with. */}
          {users.map((u) => (
            <option key={u.xeroUserId} value={u.xeroUserId}>
              {u.name}
              {u.email && ` (${u.email})`} · {u.connections}
            </option>
          ))}
        </select>
      </div>
      <StatusSelect id="filter-status" value={status} />
      <Button type="submit" variant="secondary">
        Apply filters
      </Button>
    </form>
  );
}
