import { z } from "zod";
import { defineEndpoint } from "../endpoint";
import { appSchema, headroomSchema, idParams, regimeSchema } from "./shared";

export const listAppsEndpoint = defineEndpoint({
  method: "GET",
  path: "/apps",
  operationId: "listApps",
  summary: "List apps",
  description: "Every registered Xero app the key's environment covers, with its connection counts and headroom.",
  tag: "Apps",
  scope: "read",
  response: z.object({ data: z.array(appSchema) }),
});

export const getAppEndpoint = defineEndpoint({
  method: "GET",
  path: "/apps/{id}",
  operationId: "getApp",
  summary: "Get an app",
  tag: "Apps",
  scope: "read",
  params: idParams,
  response: appSchema,
  errors: [404],
});

export const appHeadroomEndpoint = defineEndpoint({
  method: "GET",
  path: "/apps/{id}/headroom",
  operationId: "getAppHeadroom",
  summary: "How many connections an app can still make",
  description: "The cap in force, how many connections count against it and how many slots are free. Use it before onboarding a customer or in a deploy pipeline.",
  tag: "Apps",
  scope: "read",
  params: idParams,
  response: headroomSchema.extend({ appId: z.uuid(), appName: z.string(), plan: z.string(), regime: regimeSchema }),
  errors: [404],
});
