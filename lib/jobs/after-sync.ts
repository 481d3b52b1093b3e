import "server-only";
import { checkLimitAlerts } from "@/lib/alerts/limit-alerts";
import { recordDailyCounts } from "@/lib/trend/daily-counts";
import { logger } from "@/lib/logger";

// System layer: what follows any change to connections (a sync run, a connect, a disconnect): today's point for each app's
// trend, and alerts for limits newly crossed. A failure here is logged and never fails the sync.

export async function afterConnectionsChanged(): Promise<{ alerts: number }> {
  let alerts = 0;
  try {
    await recordDailyCounts();
  } catch (error) {
    logger.error("daily counts failed", { error: error instanceof Error ? error.message : String(error) });
  }
  try {
    alerts = await checkLimitAlerts();
  } catch (error) {
    logger.error("limit alerts failed", { error: error instanceof Error ? error.message : String(error) });
  }
  return { alerts };
}
