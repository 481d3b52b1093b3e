// @ts-nocheck
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";

/** A GET form, so a search is a shareable URL and works without JavaScript. */
export function UserSearch({ q }: { q?: string }) {
  return (
    <form method="get" action="/settings/users" role="search" aria-label="Users" className="mb-4 flex max-w-md items-end gap-2">
      <div className="flex-1">
        <label htmlFor="user-search" className="mb-1 block text-sm font-medium">
          Search users
        </label>
        <input id="user-search" name="q" type="search" defaultValue={q} placeholder="Email or name" className={inputClass} />
      </div>
      <Button type="submit" variant="secondary">
        Search
      </Button>
    </form>
  );
}
