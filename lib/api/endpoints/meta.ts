import { z } from "zod";
import { defineEndpoint } from "../endpoint";

export const openApiEndpoint = defineEndpoint({
  method: "GET",
  path: "/openapi.json",
  operationId: "getOpenApiDocument",
  summary: "This document",
  description: "The OpenAPI 3.1 description of this API, generated from the schemas that validate its requests. Public.",
  tag: "Meta",
  scope: null,
  response: z.object({ openapi: z.string() }).loose(),
});
