import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/db/index";
import { appSettings } from "@/db/schema";
import { now } from "@/lib/clock";

// Background-work settings, changed by admins at run time (Settings → Jobs).

export const jobSettingsSchema = z.object({
  keepAliveEnabled: z.boolean().default(true),
  /** Refresh a grant whose refresh token is older than this (Xero expires them after 60 idle days). */
  keepAliveAfterDays: z.coerce.number().int().min(1, "At least 1 day.").max(59, "Must be under Xero's 60-day idle expiry.").default(7),
  syncEnabled: z.boolean().default(true),
  syncIntervalHours: z.coerce.number().min(0.25, "At least 15 minutes.").max(168, "At most a week.").default(6),
  /** A connection with no successful call for this long is flagged idle. */
  idleDays: z.coerce.number().int().min(1).max(365).default(30),
});
export type JobSettings = z.infer<typeof jobSettingsSchema>;

const KEY = "jobs";

export function readJobSettings(): JobSettings {
  const row = getDb().select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, KEY)).get();
  const parsed = jobSettingsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : jobSettingsSchema.parse({});
}

export function writeJobSettings(settings: JobSettings, updatedBy: string) {
  getDb()
    .insert(appSettings)
    .values({ key: KEY, value: settings, updatedAt: now(), updatedBy })
    .onConflictDoUpdate({ target: appSettings.key, set: { value: settings, updatedAt: now(), updatedBy } })
    .run();
}
