// Test-only: one server process asking for a grant's token set many times at once, run as its own OS process by
// lib/grants/refresh-across-processes.test.ts. Prints the distinct access tokens it was given.
import { validTokenSet } from "@/lib/grants/token-store";

const [grantId, callers] = process.argv.slice(2);

Promise.all(Array.from({ length: Number(callers) }, () => validTokenSet(grantId!)))
  .then((sets) => {
    process.stdout.write(`${JSON.stringify({ accessTokens: [...new Set(sets.map((s) => s.accessToken))] })}\n`);
    process.exit(0);
  })
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
