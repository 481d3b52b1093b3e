import { resetEnvForTests } from "@/lib/env";

/** WEBHOOK_ALLOW_PRIVATE_TARGETS for the calling test file: on for loopback receivers, off to test refusals. */
export function allowPrivateTargets(on: boolean) {
  process.env.WEBHOOK_ALLOW_PRIVATE_TARGETS = String(on);
  resetEnvForTests();
}
