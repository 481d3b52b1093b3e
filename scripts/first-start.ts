import { seedAdmin } from "../db/seed";
import { env } from "../lib/env";
import { seedDemoData } from "../db/seed-demo";
import { prepareSandbox } from "../lib/xero-sandbox/prepare";

// What happens before the server listens on a new data directory: the first admin, and in sandbox
// mode the Xero sandbox's own store, its demo data, and the dashboard's demo apps and grants.
export async function prepareFirstStart(): Promise<void> {
  const admin = await seedAdmin();
  if (admin) {
    const lines = [
      "First start: created the administrator account.",
      `  Email:    ${admin.email}`,
      admin.password ? `  Password: ${admin.password}` : "  Password: the ADMIN_PASSWORD you set",
      admin.password ? "  This password is printed only once. Change it after signing in, or keep it somewhere safe." : "",
    ];
    console.log(`\n${lines.filter(Boolean).join("\n")}\n`);
  }
  if (env().XERO_MODE !== "sandbox") return;
  await prepareSandbox();
  if (env().seedDemo) {
    const demo = seedDemoData();
    if (demo) console.log(`Demo data: registered ${demo.apps} sandbox apps holding ${demo.grants} Xero users' consents; the first sync reads their connections right after start.`);
  }
}
