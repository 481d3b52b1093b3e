import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { desc, eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { migrateConfiguredDatabase } from "@/db/migrate";
import { auditEvents, webhookDeliveries, webhooks } from "@/db/schema";
import type { AppError } from "@/lib/errors";
import { allowPrivateTargets } from "@/lib/testing/allow-private-targets";
import { testSession } from "@/lib/testing/auth-mock";
import { insertTestUser, type TestUser } from "@/lib/testing/users";
import { createWebhook } from "./mutations";
import { createWebhookSchema } from "./schemas";
import { listDeliveries, listWebhooks } from "./queries";
import { setResolverForTests } from "./target-guard";
import { insertWebhook } from "./testing";

// Issue 8, finding 6: a private or loopback receiver is refused when it is saved, and support staff
// never see a webhook's URL or what a receiver answered.

vi.mock("@/lib/auth/auth", async () => (await import("@/lib/testing/auth-mock")).authModuleMock());

const users: Partial<Record<"admin" | "developer" | "support", TestUser>> = {};
const rejection = async (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e as AppError,
  );
// The server action checks "settings:manage" and parses the form (lib/actions/define.ts); this starts after that.
const create = (url: string) => createWebhook(createWebhookSchema.parse({ url, events: ["app.cap_reached"], secret: "" }), users.admin!);

beforeAll(async () => {
  await migrateConfiguredDatabase();
  for (const role of ["admin", "developer", "support"] as const) users[role] = await insertTestUser(role);
});
beforeEach(async () => {
  testSession.userId = users.admin!.id;
  allowPrivateTargets(false);
});
afterEach(() => setResolverForTests(undefined));

describe("createWebhook refuses private receivers", () => {
  it.each([
    "http://127.0.0.1:8080/hook",
    "http://[::1]/hook",
    "http://[::ffff:127.0.0.1]/hook",
    "http://[::ffff:7f00:1]/hook",
    "http://2130706433/hook",
    "http://0x7f.1/hook",
    "http://0x7f000001/hook",
    "http://0177.0.0.1/hook",
    "http://0.0.0.0/hook",
    "http://169.254.169.254/latest/meta-data",
    "http://10.1.2.3/hook",
    "http://192.168.0.1/hook",
    "http://[fd00::1]/hook",
    "http://100.64.0.1/hook",
    "http://224.0.0.1/hook",
  ])("%s", async (url) => {
    const error = await rejection(create(url));
    expect(error?.fieldErrors?.url?.[0]).toMatch(/^This address points at .+, which webhooks may not be sent to\./);
    expect(await getDb().select().from(webhooks).where(eq(webhooks.url, url))).toEqual([]);
  });

  it("refuses a name whose DNS answers a private address; accepts one answering a public address or nothing yet", async () => {
    const answers: Record<string, string> = { "internal.example.com": "10.0.0.8", "metadata.example.com": "169.254.169.254", "hooks.example.com": "93.184.215.14" };
    setResolverForTests(async (name) => {
      const address = answers[name];
      if (!address) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${name}`), { code: "ENOTFOUND" });
      return [{ address, family: 4 }];
    });
    expect((await rejection(create("https://internal.example.com/hook")))?.fieldErrors?.url?.[0]).toBe(
      "This address points at a private network, which webhooks may not be sent to. To send alerts to a receiver on your own network, start Connection Desk with WEBHOOK_ALLOW_PRIVATE_TARGETS=true.",
    );
    // The setting would not open link-local addresses, so it is not suggested.
    expect((await rejection(create("https://metadata.example.com/hook")))?.fieldErrors?.url?.[0]).toBe(
      "This address points at a link-local network (such as a cloud metadata service), which webhooks may not be sent to.",
    );
    expect((await create("https://hooks.example.com/hook")).url).toBe("https://hooks.example.com/hook");
    expect((await create("https://not-yet.example.com/hook")).url).toBe("https://not-yet.example.com/hook");
  });

  it("accepts loopback and private receivers with WEBHOOK_ALLOW_PRIVATE_TARGETS, never link-local", async () => {
    allowPrivateTargets(true);
    expect((await create("http://127.0.0.1:9/hook")).url).toBe("http://127.0.0.1:9/hook");
    expect((await create("http://10.1.2.3/hook")).url).toBe("http://10.1.2.3/hook");
    expect((await rejection(create("http://169.254.169.254/")))?.fieldErrors?.url?.[0]).toMatch(/link-local/);
  });

  it("names the webhook by its host alone in the activity log", async () => {
    setResolverForTests(async () => [{ address: "93.184.215.14", family: 4 }]);
    await create("https://hooks.example.com/services/T0/B0/s3cret-token");
    const audit = (await getDb().select().from(auditEvents).where(eq(auditEvents.action, "webhook.created")).orderBy(desc(auditEvents.id)).limit(1))[0]!;
    expect(audit.targetLabel).toBe("hooks.example.com/…");
  });
});

describe("listWebhooks and listDeliveries", () => {
  const secretUrl = "http://127.0.0.1:9/alerts/s3cret-path?token=s3cret";
  beforeAll(async () => {
    const hook = await insertWebhook(secretUrl, ["app.cap_reached"]);
    const at = new Date();
    await getDb()
      .insert(webhookDeliveries)
      .values([
        {
          webhookId: hook.id,
          event: "app.cap_reached",
          payload: {},
          status: "failed",
          attempts: 5,
          responseCode: 500,
          responseBody: "internal: db-password=hunter2",
          error: "The receiver answered 500.",
          createdAt: at,
        },
        // Written before responses were kept apart: the body was in the error.
        {
          webhookId: hook.id,
          event: "app.cap_reached",
          payload: {},
          status: "failed",
          attempts: 5,
          responseCode: 502,
          error: "The receiver answered 502: internal: db-password=hunter2",
          createdAt: at,
        },
      ]);
  });

  it.each(["support", "developer"] as const)("never give %s a URL or a receiver's answer, only the host and the status", async (role) => {
    testSession.userId = users[role]!.id;
    const hooks = (await listWebhooks()).filter((w) => w.receiver === "127.0.0.1/…");
    expect(hooks.length).toBeGreaterThan(0);
    expect(hooks.every((w) => w.url === null)).toBe(true);
    const { rows } = await listDeliveries();
    const ours = rows.filter((d) => d.receiver === "127.0.0.1/…");
    expect(ours.map((d) => [d.responseCode, d.error])).toEqual(
      expect.arrayContaining([
        [500, "The receiver answered 500."],
        [502, "The receiver answered 502."],
      ]),
    );
    expect(JSON.stringify(await listWebhooks())).not.toContain("s3cret");
    expect(JSON.stringify(rows)).not.toMatch(/s3cret|hunter2/);
  });

  it("give admins the URL and the stored answer", async () => {
    const { rows } = await listDeliveries();
    expect(rows.find((d) => d.responseCode === 500 && d.url === secretUrl)?.responseBody).toBe("internal: db-password=hunter2");
    expect((await listWebhooks()).some((w) => w.url === secretUrl)).toBe(true);
  });
});
