import { REFRESH_TOKEN_IDLE_DAYS } from "@/lib/xero/limits";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/index";
import { appSettings } from "@/db/schema";
import { firstRow } from "@/db/query";
import { run, transact, type Tx } from "@/db/steps";
import { xeroNow } from "@/lib/clock";

// Background-work settings, changed by admins at run time (Settings → Jobs).

export const jobSettingsSchema = z.object({
  keepAliveEnabled: z.boolean().default(true),
  /** Refresh a grant whose refresh token is older than this (Xero expires them after 60 idle days). */
  keepAliveAfterDays: z.coerce
    .number()
    .int()
    .min(1, "At least 1 day.")
    .max(REFRESH_TOKEN_IDLE_DAYS - 1, `Must be under Xero's ${REFRESH_TOKEN_IDLE_DAYS}-day idle expiry.`)
    .default(7),
  syncEnabled: z.boolean().default(true),
  syncIntervalHours: z.coerce.number().min(0.25, "At least 15 minutes.").max(168, "At most a week.").default(6),
  /** A connection with no successful call for this long is flagged idle. */
  idleDays: z.coerce.number().int("Whole days only.").min(1, "At least 1 day.").max(365, "At most a year.").default(30),
  /** An observed connection (tokens held by the team's product) not reported again for this long is stale. */
  observedStaleDays: z.coerce.number().int("Whole days only.").min(1, "At least 1 day.").max(365, "At most a year.").default(14),
});
export type JobSettings = z.infer<typeof jobSettingsSchema>;

/** An HTML checkbox sends "on" when ticked and nothing when not. */
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());
const blankIsMissing = (schema: z.ZodType<number>) => z.preprocess((v) => (v === "" ? undefined : v), schema);

/** The Settings → Jobs form: every field is sent, so a missing checkbox means "off". */
export const jobSettingsFormSchema = jobSettingsSchema.extend({
  keepAliveEnabled: checkbox,
  syncEnabled: checkbox,
  keepAliveAfterDays: blankIsMissing(
    z.coerce
      .number({ message: "Enter a number of days." })
      .int("Whole days only.")
      .min(1, "At least 1 day.")
      .max(REFRESH_TOKEN_IDLE_DAYS - 1, `Must be under Xero's ${REFRESH_TOKEN_IDLE_DAYS}-day idle expiry.`),
  ),
  syncIntervalHours: blankIsMissing(z.coerce.number({ message: "Enter a number of hours." }).min(0.25, "At least 15 minutes.").max(168, "At most a week.")),
  idleDays: blankIsMissing(z.coerce.number({ message: "Enter a number of days." }).int("Whole days only.").min(1, "At least 1 day.").max(365, "At most a year.")),
  observedStaleDays: blankIsMissing(z.coerce.number({ message: "Enter a number of days." }).int("Whole days only.").min(1, "At least 1 day.").max(365, "At most a year.")),
});

const KEY = "jobs";

export async function readJobSettings(): Promise<JobSettings> {
  const row = await firstRow(getDb().select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, KEY)).limit(1));
  const parsed = jobSettingsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : jobSettingsSchema.parse({});
}

export async function writeJobSettings(settings: JobSettings, updatedBy: string): Promise<void> {
  await transact((tx) => writeJobSettingsStep(tx, settings, updatedBy));
}

/** Writing the settings as a step of a transaction (db/steps.ts), e.g. with the audit entry of the change. */
export function* writeJobSettingsStep(tx: Tx, settings: JobSettings, updatedBy: string) {
  yield* run(
    tx
      .insert(appSettings)
      .values({ key: KEY, value: settings, updatedAt: xeroNow(), updatedBy })
      .onConflictDoUpdate({ target: appSettings.key, set: { value: settings, updatedAt: xeroNow(), updatedBy } }),
  );
}

/** The thresholds the staleness rules read. */
export async function stalenessSettings(): Promise<{ idleDays: number; observedStaleDays: number }> {
  const { idleDays, observedStaleDays } = await readJobSettings();
  return { idleDays, observedStaleDays };
}
