import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { callAction } from "./support/call-action";
import { postActionForm } from "./support/server-action";
import { testAs } from "./support/stored-session";

// Robust defaults over HTTP against the built server: bodies over the cap answer 413 and malformed
// bodies 400 with a message (never 500), names that hide or reorder text are refused with a field error,
// and a fresh data directory is private.

const signInAction = { file: "app/(auth)/sign-in/actions.ts", name: "signInAction" };
const createUserAction = { file: "app/(dashboard)/settings/users/actions.ts", name: "createUserAction" };
const overLimit = "a".repeat(1024 * 1024 + 1);
const tokenEndpoint = "/sandbox/xero/identity/connect/token";

async function actionHeaders(baseURL: string) {
  // The id of a real action (callAction reads it from the build's manifest); the body is what is wrong.
  const manifest = JSON.parse(fs.readFileSync(path.join(process.env.NEXT_DIST_DIR || ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const id = Object.entries(manifest.node).find(([, e]) => e.filename === signInAction.file && e.exportedName === signInAction.name)![0];
  return { "Next-Action": id, Accept: "text/x-component", Origin: baseURL };
}

/** Posts just over 1 MiB with no Content-Length (chunked), which only counting the body can catch. */
async function postChunked(url: string, headers: Record<string, string>): Promise<number> {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent > 1024 * 1024) return controller.close();
      sent += 64 * 1024;
      controller.enqueue(new Uint8Array(64 * 1024).fill(97));
    },
  });
  const res = await fetch(url, { method: "POST", headers, body, duplex: "half", signal: AbortSignal.timeout(20_000) } as RequestInit);
  return res.status;
}

test("bodies over the limit answer 413, on server actions and route handlers", async ({ request, baseURL }) => {
  const headers = await actionHeaders(baseURL!);
  const statuses: Record<string, number> = {};
  statuses.action = (await request.post("/sign-in", { headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" }, data: overLimit })).status();
  statuses.actionMultipart = (await request.post("/sign-in", { headers, multipart: { "0": '["$K1"]', "1_email": overLimit } })).status();
  statuses.tokenEndpoint = (await request.post(tokenEndpoint, { form: { grant_type: "refresh_token", refresh_token: overLimit } })).status();
  statuses.authRoute = (await request.post("/api/auth/signout", { form: { csrfToken: overLimit } })).status();
  statuses.actionChunked = await postChunked(`${baseURL}/sign-in`, { ...headers, "Content-Type": "text/plain;charset=UTF-8" });
  statuses.tokenEndpointChunked = await postChunked(`${baseURL}${tokenEndpoint}`, { "Content-Type": "application/x-www-form-urlencoded" });
  console.log("oversized body statuses", statuses);
  expect(statuses).toEqual({ action: 413, actionMultipart: 413, tokenEndpoint: 413, authRoute: 413, actionChunked: 413, tokenEndpointChunked: 413 });
  const res = await request.post(tokenEndpoint, { form: { grant_type: "refresh_token", refresh_token: overLimit } });
  expect((await res.json()).error).toMatch(/larger than/);
});

test("malformed bodies answer 400 with a message, not 500", async ({ request, baseURL }) => {
  const headers = await actionHeaders(baseURL!);
  const garbage = await request.post("/sign-in", { headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" }, data: "garbage{{{\u0000" });
  expect(garbage.status()).toBe(400);
  expect((await garbage.json()).error).toMatch(/^Malformed server action request/);
  const brokenMultipart = await request.post("/sign-in", { headers: { ...headers, "Content-Type": "multipart/form-data; boundary=zzz" }, data: "--zzz\r\nnot a part" });
  expect(brokenMultipart.status()).toBe(400);
  const brokenForm = await request.post("/sign-in", { headers: { "Content-Type": "multipart/form-data; boundary=zzz" }, data: "--zzz\r\nnot a part" });
  expect(brokenForm.status()).toBe(400);
  const badUtf8 = await request.post(tokenEndpoint, { headers: { "Content-Type": "application/x-www-form-urlencoded" }, data: Buffer.from([0x67, 0x3d, 0xff, 0xfe]) });
  expect(badUtf8.status()).toBe(400);
  expect((await badUtf8.json()).error).toMatch(/UTF-8/);
  // The well-formed call still reaches the action (and fails sign-in as it should).
  const wellFormed = await callAction(request, baseURL!, "/sign-in", signInAction, ["$undefined"], { email: "nobody@e2e.test", password: "wrong-password" });
  expect(wellFormed.status).toBe(200);
  expect(wellFormed.body).toContain("Email or password is incorrect");
});

testAs("admin")("a user name with a text-direction override is refused with a field error", async ({ page, baseURL }) => {
  await page.goto("/settings/users");
  const form = page.getByRole("form", { name: "Add user" });
  await form.getByLabel("Email", { exact: true }).fill(`bidi-${Date.now()}@e2e.test`);
  await form.getByLabel("Name", { exact: true }).fill("Invoice\u202Efdp.exe");
  await form.getByLabel("Role", { exact: true }).selectOption("support");
  await form.getByLabel("Initial password").fill("a-long-enough-password");
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByLabel("Name", { exact: true })).toHaveAccessibleDescription(/Remove control or text-direction characters/);

  // Control characters cannot be typed into the form; posted to the action they get the same field error.
  for (const name of ["Ana\u0000Silva", "Ana\u0007Silva"]) {
    const { body } = await postActionForm(page.request, baseURL!, "/settings/users", createUserAction, {
      email: `ctl-${Date.now()}@e2e.test`,
      name,
      role: "support",
      password: "a-long-enough-password",
    });
    expect(body, JSON.stringify(name)).toContain("Remove control or text-direction characters");
  }
});

test("a fresh data directory is private: folder 0700, databases, WAL files and secrets 0600", () => {
  const dataDir = process.env.E2E_DATA_DIR!;
  const mode = (name: string) => (fs.statSync(path.join(dataDir, name)).mode & 0o777).toString(8);
  const files = ["app.db", "app.db-wal", "app.db-shm", "sandbox.db", "sandbox.db-wal", "sandbox.db-shm", "secrets.json"].filter((name) => fs.existsSync(path.join(dataDir, name)));
  const modes = Object.fromEntries([[".", mode(".")], ...files.map((name) => [name, mode(name)])]);
  console.log("data directory modes", modes);
  expect(files).toEqual(expect.arrayContaining(["app.db", "sandbox.db", "secrets.json"]));
  expect(modes).toEqual(Object.fromEntries([[".", "700"], ...files.map((name) => [name, "600"])]));
});
