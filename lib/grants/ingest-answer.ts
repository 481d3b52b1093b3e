import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { grants } from "@/db/schema";
import { connectionRowsByIds } from "@/lib/connections/queries";
import { endUserById } from "@/lib/end-users/store";
import { presentConnection, presentGrant } from "@/lib/api/present";
import type { IngestResult } from "./ingest-store";

/** The grant and connections an import or observation just wrote, as the API shows them. */
export async function ingestAnswer(result: IngestResult) {
  const db = getDb();
  const grant = db.select().from(grants).where(eq(grants.id, result.grantId)).get();
  if (!grant) throw new Error(`Grant ${result.grantId} vanished after it was written`);
  return { grant: presentGrant(grant, endUserById(db, grant.endUserId)), connections: (await connectionRowsByIds(result.connectionIds)).map(presentConnection) };
}
