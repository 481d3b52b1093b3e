// @ts-nocheck
"use client";

import { useActionState } from "react";
import { changeUserRoleAction } from "../actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { inputClass } from "@/components/ui/field";
import { roles, type Role } from "@/lib/auth/permissions";
import type { ActionResult } from "@/lib/errors";

export function RoleForm({ userId, email, role }: { userId: string; email: string; role: Role }) {
  const [result, action, pending] = useActionState<ActionResult<{ changed: boolean }> | undefined, FormData>(changeUserRoleAction, undefined);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="userId" value={userId} />
      <div className="flex items-center gap-2">
        {/* key: a new role from the server must become the select's default, which React applies only on mount. */}
        <select name="role" defaultValue={role} key={role} aria-label={`Role for ${email}`} className={`${inputClass} w-32 py-1`}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {r[0]!.toUpperCase() + r.slice(1)}
            </option>
          ))}
        </select>
        <Button type="submit" size="sm" variant="secondary" disabled={pending} aria-label={`Save role for ${email}`}>
          Save
        </Button>
      </div>
      {result?.ok && result.data.changed && <Notice tone="success">Role changed.</Notice>}
      {result && !result.ok && (
        <Notice tone="error" title={`Role change refused for ${email}`}>
          {result.fieldErrors?.role?.[0] ?? result.error}
        </Notice>
      )}
    </form>
  );
}
