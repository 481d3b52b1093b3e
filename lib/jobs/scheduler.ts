import "server-only";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { recoverInterruptedWork, tick } from "./background";

// Starts the background loop once per server process (instrumentation.ts). Ticks never overlap; the
// first waits until the server answers, because in sandbox mode the sandbox is this very server. With
// background jobs off, the server still finishes, once, what a killed process left half-done.

const state = globalThis as unknown as { __connectionDeskScheduler?: boolean };

async function waitUntilServing(): Promise<void> {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${env().appUrl}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
}

export function startScheduler(): void {
  if (state.__connectionDeskScheduler) return;
  state.__connectionDeskScheduler = true;
  if (!env().JOBS_ENABLED) {
    void waitUntilServing().then(recoverInterruptedWork);
    return;
  }
  const loop = async () => {
    try {
      await tick();
    } catch (error) {
      logger.error("background tick failed", { error: error instanceof Error ? error.message : String(error) });
    }
    setTimeout(() => void loop(), env().JOBS_TICK_SECONDS * 1000).unref();
  };
  void waitUntilServing().then(() => loop());
}
