// Test-only: a server process that SIGKILLs itself at a chosen point, run by lib/jobs/crash-safety.test.ts.
// CRASH_MODE=disconnect: disconnects CRASH_IDS as CRASH_ACTOR and dies once the CRASH_AFTER-th DELETE is
// answered, before recording it. CRASH_MODE=sync: a sync run that dies after CRASH_AFTER grants.
import { performDisconnect } from "@/lib/connections/disconnect-run";
import { startScheduledSync } from "@/lib/jobs/background";

const after = Number(process.env.CRASH_AFTER);
const die = (n: number) => {
  if (n === after) process.kill(process.pid, "SIGKILL");
};

async function main() {
  if (process.env.CRASH_MODE === "disconnect") {
    const actor = JSON.parse(process.env.CRASH_ACTOR!) as { id: string; email: string };
    await performDisconnect(actor, { ids: process.env.CRASH_IDS!.split(","), reason: "crash test" }, { deleteAnswered: die });
  } else {
    await startScheduledSync("schedule", { afterGrant: die }).finished;
  }
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
