import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

// Calls a server action the way Next's client does (Next-Action header, React's reply encoding), so a
// test can prove the server refuses a call that the UI would never offer.

function actionId(file: string, exportName: string): string {
  const manifest = path.join(process.env.NEXT_DIST_DIR || ".next", "server", "server-reference-manifest.json");
  const { node } = JSON.parse(fs.readFileSync(manifest, "utf8")) as { node: Record<string, { filename?: string; exportedName?: string }> };
  const found = Object.entries(node).find(([, entry]) => entry.filename === file && entry.exportedName === exportName);
  if (!found) throw new Error(`No server action ${exportName} in ${file} in ${manifest}`);
  return found[0];
}

/** Posts (undefined, formData) to an action, as useActionState does, and returns the raw RSC response text. */
export async function postActionForm(request: APIRequestContext, baseURL: string, page: string, action: { file: string; name: string }, fields: Record<string, string>) {
  const multipart: Record<string, string> = { "0": JSON.stringify(["$undefined", "$K1"]) };
  for (const [key, value] of Object.entries(fields)) multipart[`1_${key}`] = value;
  const response = await request.post(`${baseURL}${page}`, {
    headers: { "Next-Action": actionId(action.file, action.name), Accept: "text/x-component", Origin: baseURL },
    multipart,
  });
  return { status: response.status(), body: await response.text() };
}
