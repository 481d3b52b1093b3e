// @ts-nocheck
// Playwright cannot download browsers here: the suite runs in Debian's Chromium. Install it when we can.
import fs from "node:fs";
import { spawnSync } from "node:child_process";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!fs.existsSync(chromium)) {
  if (process.getuid?.() === 0) {
    console.log("Chromium is missing: installing Debian's chromium package…");
    const run = (cmd: string[]) => spawnSync(cmd[0]!, cmd.slice(1), { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (run(["apt-get", "update"]).status !== 0 || run(["apt-get", "install", "-y", "chromium"]).status !== 0) {
      console.error("Installing chromium failed. Install it yourself: apt-get install -y chromium");
      process.exit(1);
    }
  } else {
    console.error(`Chromium is not installed at ${chromium}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH to a Chromium binary).`);
    process.exit(1);
  }
}
