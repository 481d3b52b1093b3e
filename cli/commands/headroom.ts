import { resolveAppId } from "../apps";
import { EXIT, unwrap, type ApiClient } from "../client";
import { json } from "../format";
import type { Io } from "../io";

/** Exits 1 when fewer than `min` slots are free, so a deploy pipeline or onboarding script can stop. */
export async function headroomCommand(client: ApiClient, opts: { app: string; min: number; json?: boolean }, io: Io): Promise<number> {
  const id = await resolveAppId(client, opts.app);
  const h = await unwrap(client.GET("/apps/{id}/headroom", { params: { path: { id } } }));
  const enough = h.free === null || h.free >= opts.min;
  if (opts.json) io.out(json({ ...h, min: opts.min, enough }));
  else {
    const used = h.cap === null ? `${h.used} connections, no cap` : `${h.used} of ${h.cap} connections used, ${h.free} free`;
    io.out(`${h.appName} (${h.plan}): ${used}.`);
    if (!enough) io.err(`Fewer than ${opts.min} free: disconnect stale connections (connection-desk connections --app "${h.appName}" --stale) or move to a bigger plan.\n`);
  }
  return enough ? EXIT.ok : EXIT.checkFailed;
}
