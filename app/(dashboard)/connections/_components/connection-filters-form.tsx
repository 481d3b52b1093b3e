import type { ConnectionFilters } from "@/lib/connections/filters";
import { environments } from "@/lib/apps/environments";
import { Button } from "@/components/ui/button";
import { StatusSelect } from "@/components/connections/status-select";
import { AppFilterSelect, type AppOption } from "@/components/connections/app-filter-select";
import { inputClass } from "@/components/ui/field";

type Props = { filters: ConnectionFilters; app?: AppOption };

const label = "mb-1 block text-sm font-medium";

export function ConnectionFiltersForm({ filters, app }: Props) {
  return (
    <form method="get" action="/connections" aria-label="Filter connections" className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-6 lg:items-end">
      <div className="lg:col-span-2">
        <label htmlFor="cf-q" className={label}>
          Search
        </label>
        <input id="cf-q" type="search" name="q" defaultValue={filters.q} placeholder="Organisation, user email, customer, tenant id or connection id" className={inputClass} />
      </div>
      <div>
        <label htmlFor="cf-app" className={label}>
          App
        </label>
        <AppFilterSelect id="cf-app" selected={app} />
      </div>
      <div>
        <label htmlFor="cf-env" className={label}>
          Environment
        </label>
        <select id="cf-env" name="environment" defaultValue={filters.environment ?? ""} className={inputClass}>
          <option value="">All</option>
          {environments.map((e) => (
            <option key={e} value={e}>
              {e}
            </option>
          ))}
        </select>
      </div>
      <StatusSelect id="cf-status" value={filters.status} />
      <div>
        <label htmlFor="cf-user" className={label}>
          User email
        </label>
        <input id="cf-user" name="user" defaultValue={filters.user} className={inputClass} />
      </div>
      <div>
        <label htmlFor="cf-customer" className={label}>
          Customer
        </label>
        <input id="cf-customer" name="customer" defaultValue={filters.customer} placeholder="Your id for them, or email" className={inputClass} />
      </div>
      <div>
        <label htmlFor="cf-account" className={label}>
          Account
        </label>
        <input id="cf-account" name="account" defaultValue={filters.account} placeholder="Customer account id" className={inputClass} />
      </div>
      <div>
        <label htmlFor="cf-tag" className={label}>
          Tag
        </label>
        <input id="cf-tag" name="tag" defaultValue={filters.tag} className={inputClass} />
      </div>
      {filters.sort && <input type="hidden" name="sort" value={filters.sort} />}
      {filters.dir && <input type="hidden" name="dir" value={filters.dir} />}
      <Button type="submit" variant="secondary">
        Apply filters
      </Button>
    </form>
  );
}
