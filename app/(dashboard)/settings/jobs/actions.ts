"use server";

import { defineAction } from "@/lib/actions/define";
import { formToObject } from "@/lib/actions/result";
import { toFormState, type FormState } from "@/lib/actions/form-state";
import { jobKindSchema, runJobNow, updateJobSettings } from "@/lib/jobs/mutations";
import { jobSettingsFormSchema } from "@/lib/jobs/settings";

const saveJobSettings = defineAction({
  permission: "settings:manage",
  input: jobSettingsFormSchema,
  revalidate: "/settings/jobs",
  run: updateJobSettings,
});

export async function updateJobSettingsAction(_prev: FormState, form: FormData): Promise<FormState> {
  const result = await saveJobSettings(form);
  return toFormState(result, formToObject(form), result.ok && !result.data.changed ? "Nothing changed." : "Job settings saved.");
}

export const runJobNowAction = defineAction({
  permission: "connections:sync",
  input: jobKindSchema,
  run: runJobNow,
});
