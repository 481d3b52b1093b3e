import { z } from "zod";
import { roles } from "@/lib/auth/permissions";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { safeName } from "@/lib/validation/safe-name";

export const roleSchema = z.enum(roles, { message: "Choose a role." });

export const createUserSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "Enter an email address.").email("Enter a valid email address."),
  name: safeName({ required: "Enter a name.", tooLong: "Keep the name under 100 characters." }),
  role: roleSchema,
  password: z.string().min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`).max(200, "Use at most 200 characters."),
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const changeUserRoleSchema = z.object({
  userId: z.string().min(1, "Choose a user."),
  role: roleSchema,
});
export type ChangeUserRoleInput = z.infer<typeof changeUserRoleSchema>;

export const setUserActiveSchema = z.object({
  userId: z.string().min(1, "Choose a user."),
  // Form posts carry strings; the API may send booleans.
  active: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]),
});
export type SetUserActiveInput = z.infer<typeof setUserActiveSchema>;

export const listUsersSchema = z.object({
  page: z.coerce.number().int().min(1).catch(1),
  q: z.string().trim().max(200).optional().catch(undefined),
});
export type ListUsersInput = { page?: string | number; q?: string };
