import { Command, CommanderError, InvalidArgumentError } from "commander";
import { resolveAppId } from "./apps";
import { CliError, connectClient, EXIT, type ApiClient } from "./client";
import { appsCommand } from "./commands/apps";
import { connectionsCommand } from "./commands/connections";
import { diagnoseCommand } from "./commands/diagnose";
import { headroomCommand } from "./commands/headroom";
import { importCommand } from "./commands/import";
import { tokenCommand } from "./commands/token";
import type { Io } from "./io";

// connection-desk: the REST API from a terminal, a deploy pipeline or an onboarding script.

const DEFAULT_URL = "http://localhost:3000";

const wholeNumber = (value: string) => {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("a whole number, e.g. 5");
  return Number(value);
};

type Global = { url?: string; apiKey?: string };

/** Runs one command line and returns its exit code (never exits the process itself). */
export async function run(argv: string[], io: Io, fetchImpl: typeof fetch = fetch): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command("connection-desk")
    .description("Connection Desk from the command line: apps, connections, headroom, import, diagnose, tokens.")
    .option("--url <url>", "Connection Desk's address (or CONNECTION_DESK_URL)")
    .option("--api-key <key>", "an API key from Settings → API keys (or CONNECTION_DESK_API_KEY)")
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError("(connection-desk --help lists the commands)");

  const client = (): ApiClient => {
    const g = program.opts<Global>();
    const apiKey = g.apiKey ?? io.env.CONNECTION_DESK_API_KEY;
    if (!apiKey) throw new CliError("No API key: pass --api-key or set CONNECTION_DESK_API_KEY (admins create keys under Settings → API keys).", EXIT.usage);
    return connectClient({ url: g.url ?? io.env.CONNECTION_DESK_URL ?? DEFAULT_URL, apiKey }, fetchImpl);
  };
  const action = <A extends unknown[]>(fn: (...args: A) => Promise<number>) => async (...args: A) => {
    exitCode = await fn(...args);
  };

  program.command("apps").description("List apps with their connection counts and headroom").option("--json", "print JSON")
    .action(action((opts: { json?: boolean }) => appsCommand(client(), opts, io)));

  program.command("connections").description("List connections (every page)")
    .option("--app <id|name>", "only this app")
    .option("--stale", "only stale connections")
    .option("--customer <id|email>", "only this customer's (your product's id for them, or their email)")
    .option("--json", "print JSON")
    .action(action((opts) => connectionsCommand(client(), opts, io)));

  program.command("headroom").description("Free connection slots of an app; exits 1 when fewer than --min are free")
    .requiredOption("--app <id|name>", "the app")
    .option("--min <n>", "slots that must be free", wholeNumber, 1)
    .option("--json", "print JSON")
    .action(action((opts: { app: string; min: number; json?: boolean }) => headroomCommand(client(), opts, io)));

  program.command("import").description("Import grants from a JSONL file: one {appId|app, refreshToken, endUser} per line")
    .argument("<file.jsonl>", "the file")
    .option("--dry-run", "check every line without importing anything")
    .option("--json", "print each line's outcome as JSON")
    .action(action((file: string, opts: { dryRun?: boolean; json?: boolean }) => importCommand(client(), file, opts, io)));

  program.command("diagnose").description("Explain a Xero error message and what to do about it")
    .argument("<message>", "Xero's error message or the address Xero showed")
    .option("--app <id|name>", "the app it concerns, when the message does not name it")
    .option("--json", "print JSON")
    .action(action(async (message: string, opts: { app?: string; json?: boolean }) => {
      const api = client();
      return diagnoseCommand(api, message, { ...opts, app: opts.app ? await resolveAppId(api, opts.app) : undefined }, io);
    }));

  program.command("token").description("Print a valid access token for a grant (refreshed when near expiry)")
    .argument("<grant>", "the grant's id")
    .option("--json", "print the token with its expiry, Xero user and tenant ids")
    .action(action((grant: string, opts: { json?: boolean }) => tokenCommand(client(), grant, opts, io)));

  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof CliError) {
      io.err(`connection-desk: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}
