CREATE TABLE "xero_user_summaries" (
	"xero_user_id" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"grants" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "xero_user_summaries_email_idx" ON "xero_user_summaries" USING btree ("email","xero_user_id");--> statement-breakpoint
-- Postgres twin of the hand-written SQLite triggers in db/migrations 0016_xero_user_summaries (same names, same
-- effect): per Xero user, max(email), max(name) and count(*) of their grants, recounted from their own grants (a
-- few rows, by grants_user_idx) for each Xero user a grant write touches. The row is made or locked first (the
-- upsert): a concurrent writer for the same Xero user waits there until this transaction ends, and its recount
-- (a new statement, a new snapshot) then sees this one's grant, so neither counts over the other.
CREATE FUNCTION "xero_user_summaries_recount"(user_id text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO "xero_user_summaries" ("xero_user_id", "email", "name", "grants") VALUES (user_id, '', '', 0)
		ON CONFLICT ("xero_user_id") DO UPDATE SET "grants" = "xero_user_summaries"."grants";
	UPDATE "xero_user_summaries" SET ("email", "name", "grants") =
		(SELECT coalesce(max(g."email"), ''), coalesce(max(g."name"), ''), count(*) FROM "grants" g WHERE g."xero_user_id" = user_id)
		WHERE "xero_user_id" = user_id;
	DELETE FROM "xero_user_summaries" WHERE "xero_user_id" = user_id AND "grants" <= 0;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION "xero_user_summaries_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		PERFORM "xero_user_summaries_recount"(NEW."xero_user_id");
	END IF;
	IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD."xero_user_id" IS DISTINCT FROM NEW."xero_user_id") THEN
		PERFORM "xero_user_summaries_recount"(OLD."xero_user_id");
	END IF;
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "xero_user_summaries_ins" AFTER INSERT ON "grants" FOR EACH ROW EXECUTE FUNCTION "xero_user_summaries_apply"();
--> statement-breakpoint
-- A grant whose email or name changed, or (never done today, but kept right) that moved to another Xero user.
CREATE TRIGGER "xero_user_summaries_upd" AFTER UPDATE OF "xero_user_id", "email", "name" ON "grants" FOR EACH ROW
	WHEN (OLD."xero_user_id" IS DISTINCT FROM NEW."xero_user_id" OR OLD."email" IS DISTINCT FROM NEW."email" OR OLD."name" IS DISTINCT FROM NEW."name")
	EXECUTE FUNCTION "xero_user_summaries_apply"();
--> statement-breakpoint
CREATE TRIGGER "xero_user_summaries_del" AFTER DELETE ON "grants" FOR EACH ROW EXECUTE FUNCTION "xero_user_summaries_apply"();
--> statement-breakpoint
INSERT INTO "xero_user_summaries" ("xero_user_id", "email", "name", "grants")
	SELECT "xero_user_id", max("email"), max("name"), count(*) FROM "grants" GROUP BY "xero_user_id";
