// Test-only: a server process that SIGKILLs itself at a chosen point, run by lib/jobs/crash-safety.test.ts.
// Its one argument is JSON: { mode: "disconnect", after, ids, actor } disconnects `ids` as `actor` and dies
// once the `after`-th DELETE is answered, before recording it; { mode: "sync", after } dies after `after` grants.
import { performDisconnect } from "@/lib/connections/disconnect-run";
import { startScheduledSync } from "@/lib/jobs/background";

type Plan = { mode: "disconnect"; after: number; ids: string[]; actor: { id: string; email: string } } | { mode: "sync"; after: number };
const plan = JSON.parse(process.argv[2]!) as Plan;
const die = (n: number) => {
  if (n === plan.after) process.kill(process.pid, "SIGKILL");
};

async function main() {
  if (plan.mode === "disconnect") await performDisconnect(plan.actor, { ids: plan.ids, reason: "crash test" }, { deleteAnswered: die });
  else await (await startScheduledSync("schedule", { afterGrant: die })).finished;
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
