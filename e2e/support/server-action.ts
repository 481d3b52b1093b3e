import type { APIRequestContext } from "@playwright/test";
import { callAction } from "./call-action";

/** Posts (undefined, formData) to an action, as useActionState does, and returns the raw RSC response text. */
export function postActionForm(request: APIRequestContext, baseURL: string, page: string, action: { file: string; name: string }, fields: Record<string, string>) {
  return callAction(request, baseURL, page, action, ["$undefined"], fields);
}
