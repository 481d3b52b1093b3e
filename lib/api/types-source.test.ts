import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { API_TYPES_FILE, generateApiTypes } from "./types-source";

describe("the CLI's generated API types", () => {
  it("match the OpenAPI document the API serves (run `npm run api:types` after changing an endpoint)", async () => {
    const committed = fs.readFileSync(API_TYPES_FILE, "utf8");
    expect(committed === (await generateApiTypes()), `${API_TYPES_FILE} is out of date: run npm run api:types and commit it`).toBe(true);
  });
});
