"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define";
import { formToObject } from "@/lib/actions/result";
import { toFormState, type FormState } from "@/lib/actions/form-state";
import { jobKindSchema, runJobNow, updateJobSettings } from "@/lib/jobs/mutations";
import { jobSettingsFormSchema } from "@/lib/jobs/settings";

const updateJobSettingsAsAdmin = defineAction({
  permission: "settings:manage",
  input: jobSettingsFormSchema,
  run: async (settings, { user }) => {
    const result = await updateJobSettings(settings, user);
    revalidatePath("/settings/jobs");
    return result;
  },
});

export async function updateJobSettingsAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await updateJobSettingsAsAdmin(form);
  return toFormState(result, formToObject(form), result.ok && !result.data.changed ? "Nothing changed." : "Job settings saved.");
}

export const runJobNowAction = defineAction({
  permission: "connections:sync",
  input: jobKindSchema,
  run: (kind, { user }) => runJobNow(kind, user),
});
