import { seedAdmin } from "../db/seed";
import { env } from "../lib/env";
import { seedDemoData } from "../db/seed-demo";
import { prepareSandbox } from "../lib/xero-sandbox/prepare";

// What happens before the server listens on a new data directory: the first admin, and in sandbox
// mode the Xero sandbox's own store, its demo data, and the dashboard's demo apps and grants.
// Returns what to tell the person starting the server once it is ready (the sign-in details of a
// newly created admin), so it is not lost above the build's output.
export async function prepareFirstStart(): Promise<string[]> {
  const admin = await seedAdmin();
  const lines = admin
    ? [
        "First start: created the administrator account.",
        `  Email:    ${admin.email}`,
        admin.password ? `  Password: ${admin.password}` : "  Password: the ADMIN_PASSWORD you set",
        admin.password ? "  This password is printed only once. Keep it somewhere safe." : "",
      ].filter(Boolean)
    : [];
  if (env().XERO_MODE !== "sandbox") return lines;
  await prepareSandbox();
  const demo = env().seedDemo ? await seedDemoData() : null;
  if (demo)
    lines.push(
      `Demo data: ${demo.apps} apps from the built-in Xero sandbox, holding ${demo.grants} Xero users' consents; their connections are read right after start. ${demo.customers} customers of the demo product arrive through the API in the background (connect session, observation, import).`,
    );
  return lines;
}
