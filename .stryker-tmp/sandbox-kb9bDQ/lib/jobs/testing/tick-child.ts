// @ts-nocheck
// Test-only: one server process's background tick, run as its own OS process by
// lib/jobs/two-processes.test.ts. Prints this process's lease-holder id as JSON and exits.
import { tick, HOLDER } from "@/lib/jobs/background";

tick()
  .then(() => {
    process.stdout.write(`${JSON.stringify({ holder: HOLDER })}\n`);
    // Deliveries, kicks and HTTP keep-alive sockets must not keep a finished tick alive.
    process.exit(0);
  })
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
