// @ts-nocheck
// Next calls register() once when a server process starts. Background work runs only in the Node.js
// runtime (it needs SQLite); NEXT_RUNTIME is Next's own variable, read here before lib/env can load.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startScheduler } = await import("@/lib/jobs/scheduler");
  startScheduler();
}
