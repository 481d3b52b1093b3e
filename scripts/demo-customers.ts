// After the server answers: the demo's customers of Acme Ledger Sync (prod) arrive through the API, in the
// background, as the demo customer product would bring them (lib/demo/demo-customers-run.ts). Idempotent:
// each start adds only the customers that have no grant yet, so after the first start it does nothing.
import fs from "node:fs";
import path from "node:path";
import type { Env } from "../lib/env";
import { productUrlFor } from "./customer-product";

export async function addDemoCustomersInBackground(config: Env): Promise<void> {
  if (config.XERO_MODE !== "sandbox" || !config.seedDemo || !fs.existsSync(path.join(config.dataDir, "sandbox-seed.json"))) return;
  const { customerProductReturnUrl, DEMO_PRODUCT_APP, prepareCustomerProduct } = await import("../lib/demo/customer-product-setup");
  const { addDemoCustomers } = await import("../lib/demo/demo-customers-run");
  // The product's return address is allowed on the app even when the product itself is not started.
  const productPort = Number(process.env.DEMO_PRODUCT_PORT) || config.PORT + 1;
  const productUrl = productUrlFor(config.appUrl, productPort);
  const product = await prepareCustomerProduct(productUrl);
  if (!product) return;
  try {
    const { added } = await addDemoCustomers({
      localOrigin: `http://127.0.0.1:${config.PORT}`,
      appUrl: config.appUrl,
      dataDir: config.dataDir,
      appName: DEMO_PRODUCT_APP,
      apiKey: product.apiKey,
      appId: product.appId,
      returnUrl: customerProductReturnUrl(productUrl),
      log: (line) => console.log(line),
    });
    if (added.length) console.log(`Demo data: ${added.length} customer(s) of ${DEMO_PRODUCT_APP} added through the API.`);
  } catch (error) {
    console.error(`Demo data: the demo customers could not all be added (${(error as Error).message}). The next start tries again.`);
  }
}
