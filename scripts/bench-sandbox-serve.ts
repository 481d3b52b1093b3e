// The sandbox in a process of its own for the sync figure of `npm run bench` (scripts/bench-sync.ts), so
// Xero's side does not share the syncing process's event loop. Uses DATA_DIR; prints "READY <origin>".
import { startSandboxServer } from "../lib/xero-sandbox/test-server";

async function main() {
  const server = await startSandboxServer();
  console.log(`READY ${server.baseUrl.replace(/\/sandbox\/xero$/, "")}`);
  process.on("SIGTERM", () => void server.close().then(() => process.exit(0)));
}

void main();
