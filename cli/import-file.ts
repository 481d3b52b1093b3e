import { z } from "zod";
import { endUserInputSchema } from "@/lib/api/endpoints/customers";

// One grant per line of a JSONL file: {"appId"|"app", "refreshToken", "endUser"}. Checked here with the
// API's own end-user schema, so a dry run finds what the API would refuse without sending anything.

const lineSchema = z
  .object({
    appId: z.string().trim().min(1).optional(),
    app: z.string().trim().min(1).optional().describe("The app's name, when appId is not given"),
    refreshToken: z.string().min(10, "refreshToken is missing or too short").max(4000),
    endUser: endUserInputSchema.optional(),
  })
  .refine((l) => Boolean(l.appId || l.app), { message: "give appId or app (the app's name)", path: ["appId"] });

export type ImportLine = { lineNumber: number; appRef: string; refreshToken: string; endUser?: z.output<typeof endUserInputSchema> };
export type LineProblem = { lineNumber: number; message: string };

export function parseImportFile(text: string): { lines: ImportLine[]; problems: LineProblem[] } {
  const lines: ImportLine[] = [];
  const problems: LineProblem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const lineNumber = index + 1;
    if (raw.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      problems.push({ lineNumber, message: "not valid JSON" });
      return;
    }
    const parsed = lineSchema.safeParse(value);
    if (!parsed.success) {
      problems.push({ lineNumber, message: parsed.error.issues.map((i) => `${i.path.join(".") || "line"}: ${i.message}`).join("; ") });
      return;
    }
    const { appId, app, refreshToken, endUser } = parsed.data;
    lines.push({ lineNumber, appRef: (appId ?? app)!, refreshToken, ...(endUser ? { endUser } : {}) });
  });
  return { lines, problems };
}
