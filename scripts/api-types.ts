// Writes cli/api-types.ts from the API's OpenAPI document. Usage: npm run api:types
import fs from "node:fs";
import { API_TYPES_FILE, generateApiTypes } from "../lib/api/types-source";

void generateApiTypes().then((source) => {
  fs.writeFileSync(API_TYPES_FILE, source);
  console.log(`Wrote ${API_TYPES_FILE}`);
});
