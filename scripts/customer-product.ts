// Starts the demo customer product (demo/customer-product) beside Connection Desk in sandbox mode, on
// PORT+1 unless DEMO_PRODUCT_PORT says otherwise ("off" to skip). Its key and return URL are prepared first.
import path from "node:path";
import { portIsFree } from "./port";
import { spawn, type ChildProcess } from "node:child_process";
import type { Env } from "../lib/env";

/** The product's address: Connection Desk's host on the product's port (or DEMO_PRODUCT_URL behind a proxy). */
export function productUrlFor(appUrl: string, port: number): string {
  if (process.env.DEMO_PRODUCT_URL) return process.env.DEMO_PRODUCT_URL.replace(/\/+$/, "");
  const url = new URL(appUrl);
  return url.port ? `${url.protocol}//${url.hostname}:${port}` : `http://localhost:${port}`;
}

export async function startCustomerProduct(config: Env): Promise<{ child: ChildProcess; note: string } | { child: null; note: string | null }> {
  if (config.XERO_MODE !== "sandbox" || process.env.DEMO_PRODUCT_PORT === "off") return { child: null, note: null };
  const port = Number(process.env.DEMO_PRODUCT_PORT ?? config.PORT + 1);
  const productUrl = productUrlFor(config.appUrl, port);
  const { prepareCustomerProduct } = await import("../lib/demo/customer-product-setup");
  if (!(await prepareCustomerProduct(productUrl))) return { child: null, note: null };
  if (!(await portIsFree(port, config.HOST))) return { child: null, note: `Demo customer product not started: port ${port} is in use (set DEMO_PRODUCT_PORT).` };
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  const child = spawn(tsx, [path.join("demo", "customer-product", "server.ts")], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: config.HOST,
      PRODUCT_URL: productUrl,
      CONNECTION_DESK_URL: `http://127.0.0.1:${config.PORT}`,
      CONNECTION_DESK_PUBLIC_URL: config.appUrl,
      DATA_DIR: config.dataDir,
    },
  });
  return { child, note: `Demo customer product (your customers' side, using the API): ${productUrl}` };
}
