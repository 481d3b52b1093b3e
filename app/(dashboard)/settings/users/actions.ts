"use server";

import { defineFormAction } from "@/lib/actions/define";
import { changeUserRole, createUser, setUserActive } from "@/lib/users/mutations";
import { changeUserRoleSchema, createUserSchema, setUserActiveSchema } from "@/lib/users/schemas";

const manageUsers = { permission: "users:manage", revalidate: "/settings/users" } as const;

export const createUserAction = defineFormAction({
  ...manageUsers,
  input: createUserSchema,
  run: async (input, user) => ({ email: (await createUser(input, user)).email }),
});

export const changeUserRoleAction = defineFormAction({ ...manageUsers, input: changeUserRoleSchema, run: changeUserRole });

export const setUserActiveAction = defineFormAction({ ...manageUsers, input: setUserActiveSchema, run: setUserActive });
