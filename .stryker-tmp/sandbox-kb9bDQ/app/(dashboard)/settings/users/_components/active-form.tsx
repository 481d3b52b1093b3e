// @ts-nocheck
"use client";

import { useActionState } from "react";
import { setUserActiveAction } from "../actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/errors";

export function ActiveForm({ userId, email, active }: { userId: string; email: string; active: boolean }) {
  const [result, action, pending] = useActionState<ActionResult<{ changed: boolean }> | undefined, FormData>(setUserActiveAction, undefined);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <Button type="submit" size="sm" variant={active ? "danger" : "secondary"} disabled={pending} aria-label={`${active ? "Deactivate" : "Reactivate"} ${email}`}>
        {active ? "Deactivate" : "Reactivate"}
      </Button>
      {result && !result.ok && (
        <Notice tone="error" title={`Could not change ${email}`}>
          {result.error}
        </Notice>
      )}
    </form>
  );
}
