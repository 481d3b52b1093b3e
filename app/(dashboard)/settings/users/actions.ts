"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define";
import { changeUserRole, createUser, setUserActive } from "@/lib/users/mutations";
import { changeUserRoleSchema, createUserSchema, setUserActiveSchema } from "@/lib/users/schemas";

export const createUserAction = defineFormAction({
  permission: "users:manage",
  input: createUserSchema,
  run: async (input, { user }) => {
    const { email } = await createUser(input, user);
    revalidatePath("/settings/users");
    return { email };
  },
});

export const changeUserRoleAction = defineFormAction({
  permission: "users:manage",
  input: changeUserRoleSchema,
  run: async (input, { user }) => {
    const result = await changeUserRole(input, user);
    revalidatePath("/settings/users");
    return result;
  },
});

export const setUserActiveAction = defineFormAction({
  permission: "users:manage",
  input: setUserActiveSchema,
  run: async (input, { user }) => {
    const result = await setUserActive(input, user);
    revalidatePath("/settings/users");
    return result;
  },
});
