import { z } from "zod";
import { toQueryString } from "@/lib/url";

// A diagnosis lives in the URL (GET form): the same address reproduces it for whoever opens it.

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined);

export const diagnoseInputSchema = z.object({
  message: text(5000),
  app: z.string().uuid().optional().catch(undefined),
  org: text(200),
  user: text(200),
});
export type DiagnoseInput = Partial<z.infer<typeof diagnoseInputSchema>>;

export function parseDiagnoseInput(params: Record<string, string | string[] | undefined>): DiagnoseInput {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const parsed = diagnoseInputSchema.safeParse(flat);
  return parsed.success ? parsed.data : {};
}

export const hasInput = (i: DiagnoseInput) => Boolean(i.message || i.app || i.org || i.user);

export function diagnosePath(i: DiagnoseInput): string {
  return `/diagnose${toQueryString({ message: i.message, app: i.app, org: i.org, user: i.user })}`;
}
