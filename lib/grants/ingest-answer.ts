import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/index";
import { grants } from "@/db/schema";
import { transact } from "@/db/steps";
import { connectionRowsByIds } from "@/lib/connections/queries";
import { endUserByIdStep } from "@/lib/end-users/store";
import { presentConnection, presentGrant } from "@/lib/api/present";
import type { IngestResult } from "./ingest-store";

/** The grant and connections an import or observation just wrote, as the API shows them. */
export async function ingestAnswer(result: IngestResult) {
  const [grant] = await getDb().select().from(grants).where(eq(grants.id, result.grantId)).limit(1);
  if (!grant) throw new Error(`Grant ${result.grantId} vanished after it was written`);
  const endUser = await transact((tx) => endUserByIdStep(tx, grant.endUserId));
  return { grant: presentGrant(grant, endUser), connections: (await connectionRowsByIds(result.connectionIds)).map(presentConnection) };
}
