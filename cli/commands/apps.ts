import { listApps } from "../apps";
import { EXIT, type ApiClient } from "../client";
import { json, table } from "../format";
import type { Io } from "../io";

export async function appsCommand(client: ApiClient, opts: { json?: boolean }, io: Io): Promise<number> {
  const apps = await listApps(client);
  if (opts.json) return (io.out(json(apps)), EXIT.ok);
  if (apps.length === 0) return (io.out("No apps this API key can see. Register one in Connection Desk under Apps."), EXIT.ok);
  const rows = apps.map((a) => [
    a.name,
    a.environment,
    a.plan,
    a.headroom.cap === null ? `${a.headroom.used} (no cap)` : `${a.headroom.used}/${a.headroom.cap}`,
    a.headroom.free === null ? "-" : String(a.headroom.free),
    String(a.staleCount),
    a.id,
  ]);
  io.out(table(["APP", "ENV", "PLAN", "USED", "FREE", "STALE", "ID"], rows));
  return EXIT.ok;
}
