import { e2eConfig } from "./e2e/support/config";

// The whole journey suite on the embedded default, SQLite (e2e/support/config.ts). The Postgres run is
// playwright.postgres.config.ts.
export default e2eConfig("sqlite", Number(process.env.E2E_PORT ?? 3100), { testIgnore: ["postgres/**"] });
