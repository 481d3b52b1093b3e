import fs from "node:fs";
import { findApp, listApps, UUID } from "../apps";
import { CliError, EXIT, unwrap, type ApiClient } from "../client";
import { json, plural } from "../format";
import { parseImportFile, type ImportLine } from "../import-file";
import type { Io } from "../io";
import { progressBar } from "../progress";

export const ROTATION_NOTICE =
  "Import rotates refresh tokens: Connection Desk redeems each one with Xero, and your copy stops working once Xero's grace period ends. Stop using them and ask Connection Desk for access tokens instead (connection-desk token <grant>).";

const MAX_RATE_LIMIT_RETRIES = 3;

type Outcome = { line: number; ok: true; grantId: string; created: boolean; connections: number } | { line: number; ok: false; message: string };

export async function importCommand(client: ApiClient, file: string, opts: { dryRun?: boolean; json?: boolean }, io: Io): Promise<number> {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new CliError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, EXIT.usage);
  }
  const { lines, problems } = parseImportFile(text);
  if (problems.length) {
    io.err(`${file}: ${plural(problems.length, "line")} need attention; nothing was imported.\n${problems.map((p) => `  line ${p.lineNumber}: ${p.message}`).join("\n")}\n`);
    return EXIT.usage;
  }
  const appIds = await appIdsFor(client, lines);
  if (opts.dryRun) {
    io.out(`Dry run: ${plural(lines.length, "line")} valid, for ${plural(new Set(appIds.values()).size, "app")}. Nothing was sent to Xero.\n${ROTATION_NOTICE}`);
    return EXIT.ok;
  }
  io.err(`${ROTATION_NOTICE}\n`);
  const progress = progressBar(lines.length, io.err, io.isTty);
  const outcomes: Outcome[] = [];
  for (const line of lines) {
    outcomes.push(await importLine(client, line, appIds.get(line.appRef)!));
    progress.tick(`line ${line.lineNumber}`);
  }
  progress.done();
  if (opts.json) io.out(json(outcomes));
  else io.out(summary(outcomes));
  return outcomes.every((o) => o.ok) ? EXIT.ok : EXIT.checkFailed;
}

/** App names are looked up once (a read, so a dry run may do it); ids go as they are. */
async function appIdsFor(client: ApiClient, lines: ImportLine[]): Promise<Map<string, string>> {
  const refs = [...new Set(lines.map((l) => l.appRef))];
  const apps = refs.some((r) => !UUID.test(r)) ? await listApps(client) : [];
  return new Map(refs.map((ref) => [ref, UUID.test(ref) ? ref.toLowerCase() : findApp(apps, ref).id]));
}

async function importLine(client: ApiClient, line: ImportLine, appId: string): Promise<Outcome> {
  for (let attempt = 0; ; attempt++) {
    try {
      const answer = await unwrap(client.POST("/grants/import", { body: { appId, refreshToken: line.refreshToken, ...(line.endUser ? { endUser: line.endUser } : {}) } }));
      return { line: line.lineNumber, ok: true, grantId: answer.grant.id, created: answer.created, connections: answer.connections.length };
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      // Rate limited: wait as told and try the same line again; other refusals belong to this line only.
      const wait = Number(error.details?.retryAfterSeconds);
      if (error.details?.status === 429 && attempt < MAX_RATE_LIMIT_RETRIES && wait > 0) {
        await new Promise((r) => setTimeout(r, wait * 1000));
        continue;
      }
      if (error.details?.status === 401) throw error;
      return { line: line.lineNumber, ok: false, message: error.message };
    }
  }
}

function summary(outcomes: Outcome[]): string {
  const ok = outcomes.filter((o) => o.ok);
  const failed = outcomes.filter((o) => !o.ok);
  const created = ok.filter((o) => o.created).length;
  const connections = ok.reduce((n, o) => n + o.connections, 0);
  const lines = [`Imported ${plural(ok.length, "grant")} (${created} new, ${ok.length - created} updated) with ${plural(connections, "connection")}; ${failed.length} failed.`];
  for (const f of failed) lines.push(`  line ${f.line}: ${f.message}`);
  return lines.join("\n");
}
