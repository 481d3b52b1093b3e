// TEMPORARY (core e2e helper, to be deleted): same as playwright.config.ts but on http://localhost, to get
// past the sandbox's issuer bug (it names http://localhost:PORT whatever APP_URL says).
import base from "./playwright.config";
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
process.env.E2E_BASE_URL = baseURL;
export default { ...base, use: { ...base.use, baseURL }, webServer: { ...base.webServer, url: `${baseURL}/api/health`, env: { ...(base.webServer as { env: Record<string, string> }).env, APP_URL: baseURL } } };
