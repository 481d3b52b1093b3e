import { Command, CommanderError, InvalidArgumentError } from "commander";
import { resolveAppId } from "./apps";
import { CliError, connectClient, EXIT, type ApiClient } from "./client";
import { appsCommand } from "./commands/apps";
import { connectionsCommand } from "./commands/connections";
import { diagnoseCommand } from "./commands/diagnose";
import { headroomCommand } from "./commands/headroom";
import { importCommand, ROTATION_NOTICE } from "./commands/import";
import { tokenCommand } from "./commands/token";
import type { Io } from "./io";

// connection-desk: the REST API from a terminal, a deploy pipeline or an onboarding script.

const DEFAULT_URL = "http://localhost:3000";

const wholeNumber = (value: string) => {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError("a whole number, e.g. 5");
  return Number(value);
};

type Global = { url?: string; apiKey?: string };

const ENVIRONMENT_AND_EXIT_CODES = `
Environment:
  CONNECTION_DESK_URL      Connection Desk's address (default ${DEFAULT_URL})
  CONNECTION_DESK_API_KEY  an API key (cdk_…); admins create keys under Settings → API keys

Exit codes:
  0  ok
  1  a check failed (headroom below --min, some import lines failed)
  2  bad usage or input
  3  the API refused or could not be reached

Examples:
  connection-desk apps
  connection-desk headroom --app "Acme Ledger Sync (prod)" --min 5 || echo "not enough free slots"
  connection-desk <command> --help   (each command's options and examples)
`;

/** Prose for a command's --help, wrapped to a terminal's 80 columns (commander wraps only its own columns). */
const wrap = (text: string, width = 80) =>
  text
    .split(" ")
    .reduce(
      (lines, word) => {
        const last = lines[lines.length - 1]!;
        if (last && last.length + 1 + word.length > width) lines.push(word);
        else lines[lines.length - 1] = last ? `${last} ${word}` : word;
        return lines;
      },
      [""],
    )
    .join("\n");

/** Examples under a command's --help, one per line. */
const examples = (...lines: string[]) => `\nExamples:\n${lines.map((l) => `  ${l}`).join("\n")}\n`;

/** Runs one command line and returns its exit code (never exits the process itself). */
export async function run(argv: string[], io: Io, fetchImpl: typeof fetch = fetch): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command("connection-desk")
    .description("Connection Desk from the command line: apps, connections, headroom, import, diagnose, tokens.")
    .option("--url <url>", "Connection Desk's address (or CONNECTION_DESK_URL)")
    .option("--api-key <key>", "an API key from Settings → API keys (or CONNECTION_DESK_API_KEY)")
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError("(connection-desk --help lists the commands)")
    .addHelpText("after", ENVIRONMENT_AND_EXIT_CODES);
  // A mistake in a command's options points at that command's own help.
  const command = (name: string) => program.command(name).showHelpAfterError(`(connection-desk ${name} --help shows its options)`);

  const client = (): ApiClient => {
    const g = program.opts<Global>();
    const apiKey = g.apiKey ?? io.env.CONNECTION_DESK_API_KEY;
    if (!apiKey) throw new CliError("No API key: pass --api-key or set CONNECTION_DESK_API_KEY (admins create keys under Settings → API keys).", EXIT.usage);
    return connectClient({ url: g.url ?? io.env.CONNECTION_DESK_URL ?? DEFAULT_URL, apiKey }, fetchImpl);
  };
  const action =
    <A extends unknown[]>(fn: (...args: A) => Promise<number>) =>
    async (...args: A) => {
      exitCode = await fn(...args);
    };

  command("apps")
    .description("List apps with their connection counts and headroom")
    .option("--json", "print JSON")
    .addHelpText("after", examples("connection-desk apps", "connection-desk apps --json"))
    .action(action((opts: { json?: boolean }) => appsCommand(client(), opts, io)));

  command("connections")
    .description("List connections (every page)")
    .option("--app <id|name>", "only this app (its id, or its name as registered)")
    .option("--stale", "only stale connections")
    .option("--customer <id|email>", "only this customer's (your product's id for them, or their email)")
    .option("--json", "print JSON")
    .addHelpText("after", examples('connection-desk connections --app "Acme Ledger Sync (prod)" --stale', "connection-desk connections --customer cust-42 --json"))
    .action(action((opts) => connectionsCommand(client(), opts, io)));

  command("headroom")
    .description("Free connection slots of an app; exits 1 when fewer than --min are free")
    // Checked in the action, after the API key, so a missing key is named first (it is needed whatever the app).
    .option("--app <id|name>", "the app (required): its id, or its name as registered")
    .option("--min <n>", "slots that must be free", wholeNumber, 1)
    .option("--json", "print JSON")
    .addHelpText("after", examples('connection-desk headroom --app "Acme Ledger Sync (prod)"', 'connection-desk headroom --app "Acme Ledger Sync (prod)" --min 5 || echo "not enough free slots"'))
    .action(
      action((opts: { app?: string; min: number; json?: boolean }) => {
        const api = client();
        if (!opts.app) throw new CliError('headroom needs --app: the app\'s id or name, e.g. connection-desk headroom --app "Acme Ledger Sync (prod)" (connection-desk apps lists them).', EXIT.usage);
        return headroomCommand(api, { ...opts, app: opts.app }, io);
      }),
    );

  command("import")
    .description("Import grants your product holds from a JSONL file (rotates their refresh tokens)")
    .argument("<file.jsonl>", 'one grant per line: {"app" or "appId", "refreshToken", "endUser"?: {"id", "email"?, …}}')
    .option("--dry-run", "check every line without importing anything")
    .option("--json", "print each line's outcome as JSON")
    .addHelpText(
      "after",
      `\n${wrap(`${ROTATION_NOTICE} Importing again updates the same grants.`)}\n${examples("connection-desk import grants.jsonl --dry-run", "connection-desk import grants.jsonl")}`,
    )
    .action(action((file: string, opts: { dryRun?: boolean; json?: boolean }) => importCommand(client(), file, opts, io)));

  command("diagnose")
    .description("Explain a Xero error message and what to do about it")
    .argument("<message>", "Xero's error message or the address Xero showed")
    .option("--app <id|name>", "the app it concerns, when the message does not name it")
    .option("--json", "print JSON")
    .addHelpText("after", examples('connection-desk diagnose "Acme Ledger Sync needs to complete certification before they can connect to more Xero organisations"'))
    .action(
      action(async (message: string, opts: { app?: string; json?: boolean }) => {
        const api = client();
        return diagnoseCommand(api, message, { ...opts, app: opts.app ? await resolveAppId(api, opts.app) : undefined }, io);
      }),
    );

  command("token")
    .description("Print a valid access token for a grant (refreshed when near expiry)")
    .argument("<grant>", "the grant's id (connection-desk connections --json shows it as grant.id)")
    .option("--json", "print the token with its expiry, Xero user and tenant ids")
    .addHelpText("after", examples('curl -H "Authorization: Bearer $(connection-desk token <grant id>)" -H "xero-tenant-id: <tenant id>" https://api.xero.com/api.xro/2.0/Organisation'))
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
