import { describe, expect, it } from "vitest";
import { refuseBadPageBody } from "@/lib/http/action-body-guard";
import { BodyError, MAX_BODY_BYTES, readBodyText, readFormBody } from "@/lib/http/body";

const post = (body: BodyInit | null, headers: Record<string, string> = {}) => new Request("http://localhost/apps", { method: "POST", body, headers, duplex: "half" } as RequestInit);

// A body with no Content-Length: the cap must count what arrives.
function chunked(bytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) return controller.close();
      const chunk = new Uint8Array(Math.min(64 * 1024, bytes - sent)).fill(97);
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
}

async function refusal(promise: Promise<unknown>): Promise<BodyError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BodyError);
  return error as BodyError;
}

describe("the capped body reader", () => {
  it("reads forms and text within the cap", async () => {
    expect((await readFormBody(post("grant_type=refresh_token&a=%E2%9C%93"))).get("a")).toBe("✓");
    expect(await readBodyText(post(null))).toBe("");
  });

  it("refuses a declared length over the cap before reading", async () => {
    expect((await refusal(readBodyText(post("x", { "Content-Length": String(MAX_BODY_BYTES + 1) })))).status).toBe(413);
  });

  it("refuses a chunked body once it passes the cap", async () => {
    expect((await refusal(readBodyText(post(chunked(MAX_BODY_BYTES + 10))))).status).toBe(413);
  });

  it("refuses invalid UTF-8 with 400 and a message", async () => {
    const error = await refusal(readBodyText(post(new Uint8Array([0x61, 0xff, 0xfe]))));
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/UTF-8/);
  });
});

describe("the page POST guard (proxy)", () => {
  const action = { "Next-Action": "7f00aa", "Content-Type": "text/plain;charset=UTF-8" };

  it("lets GETs, well-formed action calls and ordinary form posts through", async () => {
    expect(await refuseBadPageBody(new Request("http://localhost/apps"))).toBeNull();
    expect(await refuseBadPageBody(post('["$undefined",{"a":1}]', action))).toBeNull();
    const form = new FormData();
    form.set("0", '["$K1"]');
    form.set("1_name", "Acme");
    expect(await refuseBadPageBody(post(form, { "Next-Action": "7f00aa" }))).toBeNull();
  });

  it.each([
    ["not JSON", "garbage \u0000 body"],
    ["JSON that is not an argument list", '{"a":1}'],
    ["empty", ""],
  ])("answers 400 with a message for an action body that is %s", async (_label, body) => {
    const res = await refuseBadPageBody(post(body, action));
    expect(res?.status).toBe(400);
    expect((await res!.json()).error).toMatch(/^Malformed server action request/);
  });

  it("answers 400 for a broken multipart action body", async () => {
    const res = await refuseBadPageBody(post("--x\r\ngarbage", { "Next-Action": "7f00aa", "Content-Type": "multipart/form-data; boundary=x" }));
    expect(res?.status).toBe(400);
  });

  it("answers 400 for a broken multipart form posted without JavaScript", async () => {
    const res = await refuseBadPageBody(post("--x\r\ngarbage", { "Content-Type": "multipart/form-data; boundary=x" }));
    expect(res?.status).toBe(400);
  });

  it("answers 413 for oversized bodies, declared or chunked", async () => {
    expect((await refuseBadPageBody(post("[]", { ...action, "Content-Length": String(MAX_BODY_BYTES + 1) })))?.status).toBe(413);
    expect((await refuseBadPageBody(post(chunked(MAX_BODY_BYTES + 1), action)))?.status).toBe(413);
    expect((await refuseBadPageBody(post(chunked(MAX_BODY_BYTES + 1))))?.status).toBe(413);
  });
});
