// Entry point: `npm run cli -- <command>` or the `connection-desk` bin (bin/connection-desk.mjs).
import { processIo } from "./io";
import { run } from "./program";

void run(process.argv.slice(2), processIo()).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 70;
  },
);
