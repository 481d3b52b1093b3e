import { seedAdmin } from "../db/seed";
import { env } from "../lib/env";

// What happens before the server listens on a new data directory: the first admin, and in sandbox
// mode the Xero sandbox's own store and its demo data.
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
  if (env().XERO_MODE === "sandbox") {
    try {
      const { prepareSandbox } = await import("../lib/xero-sandbox/prepare");
      await prepareSandbox();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ERR_MODULE_NOT_FOUND") throw error;
    }
  }
}
