import { EXIT, unwrap, type ApiClient } from "../client";
import { json } from "../format";
import type { Io } from "../io";

export async function diagnoseCommand(client: ApiClient, message: string, opts: { app?: string; json?: boolean }, io: Io): Promise<number> {
  const answer = await unwrap(client.POST("/diagnose", { body: { message, ...(opts.app ? { app: opts.app } : {}) } }));
  if (opts.json) return (io.out(json(answer)), EXIT.ok);
  const lines = [answer.title, "", answer.explanation];
  if (answer.app) {
    lines.push("", `${answer.app.name}: ${answer.app.count}${answer.app.cap === null ? "" : ` of ${answer.app.cap}`} connections.`);
    for (const u of answer.app.users.slice(0, 10))
      lines.push(`  ${u.connections} × ${u.name} <${u.email}>${u.endUser ? ` — customer ${u.endUser.email ?? u.endUser.externalId}` : ""}${u.stale ? ` (${u.stale} stale)` : ""}`);
  }
  if (answer.appNotFound) lines.push("", `Not registered here: ${answer.appNotFound}`);
  if (answer.actions.length) lines.push("", "What to do:", ...answer.actions.map((a, i) => `  ${i + 1}. ${a.title} — ${a.effect}`));
  io.out(lines.join("\n"));
  return EXIT.ok;
}
