import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

// Calls a server action with plain arguments (ids, strings) the way Next's client does for actions
// that take no form: the arguments as one JSON body. Lets a test prove the server refuses a call the
// UI never offers. (server-action.ts wraps it for (prevState, formData) actions.)

function actionId(file: string, exportName: string): string {
  const manifest = path.join(process.env.NEXT_DIST_DIR || ".next", "server", "server-reference-manifest.json");
  const { node } = JSON.parse(fs.readFileSync(manifest, "utf8")) as { node: Record<string, { filename?: string; exportedName?: string }> };
  const found = Object.entries(node).find(([, entry]) => entry.filename === file && entry.exportedName === exportName);
  if (!found) throw new Error(`No server action ${exportName} in ${file} in ${manifest}`);
  return found[0];
}

/**
 * Posts `args` to the action from `page` and returns the raw RSC response text. With `form`, a FormData
 * follows the arguments (as for a bound useActionState action: args = [boundId, "$undefined"]).
 */
export async function callAction(request: APIRequestContext, baseURL: string, page: string, action: { file: string; name: string }, args: unknown[], form?: Record<string, string>) {
  const headers = { "Next-Action": actionId(action.file, action.name), Accept: "text/x-component", Origin: baseURL };
  // As React 19.3's client sends it: the form's fields named "_<id>_<name>", then the arguments as
  // field "0". The server reads the fields that arrived before "0", so an object (which puts the
  // integer-like key "0" first) or the older "<id>_<name>" names gave the action an empty form.
  const multipart = new FormData();
  for (const [key, value] of Object.entries(form ?? {})) multipart.append(`_1_${key}`, value);
  multipart.append("0", JSON.stringify([...args, "$K1"]));
  const response = form
    ? await request.post(`${baseURL}${page}`, { headers, multipart })
    : await request.post(`${baseURL}${page}`, { headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" }, data: JSON.stringify(args) });
  return { status: response.status(), body: await response.text() };
}
