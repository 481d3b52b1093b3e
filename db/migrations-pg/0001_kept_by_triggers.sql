-- Postgres twins of the hand-written SQLite triggers in db/migrations 0007_end_user_tags and 0008_connection_counts
-- (drizzle-kit does not model triggers). Same trigger names and the same effect, so code and tests rely on both
-- engines keeping end_user_tags and connection_counts right whoever writes end_users and connections.

-- end_user_tags = one row per (tag, end user) in end_users.tags (JSON text). Deletes cascade through the foreign key.
CREATE FUNCTION "end_user_tags_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'UPDATE' THEN
		DELETE FROM "end_user_tags" WHERE "end_user_id" = NEW."id";
	END IF;
	INSERT INTO "end_user_tags" ("tag", "end_user_id")
		SELECT DISTINCT t.value, NEW."id" FROM jsonb_array_elements_text(NEW."tags"::jsonb) AS t(value)
		ON CONFLICT DO NOTHING;
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "end_user_tags_after_insert" AFTER INSERT ON "end_users" FOR EACH ROW EXECUTE FUNCTION "end_user_tags_sync"();
--> statement-breakpoint
CREATE TRIGGER "end_user_tags_after_update" AFTER UPDATE OF "tags" ON "end_users" FOR EACH ROW EXECUTE FUNCTION "end_user_tags_sync"();
--> statement-breakpoint
INSERT INTO "end_user_tags" ("tag", "end_user_id")
	SELECT DISTINCT t.value, e."id" FROM "end_users" e, jsonb_array_elements_text(e."tags"::jsonb) AS t(value)
	ON CONFLICT DO NOTHING;
--> statement-breakpoint

-- connection_counts = connections per (app, organisation, demo flag, raw status). Row locks on the counted key
-- serialise concurrent writers; ON CONFLICT makes the first connection of a key safe under concurrency too.
CREATE FUNCTION "connection_counts_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP IN ('DELETE', 'UPDATE') THEN
		UPDATE "connection_counts" SET "n" = "n" - 1
			WHERE "app_id" = OLD."app_id" AND "tenant_id" = OLD."tenant_id" AND "is_demo" = OLD."is_demo" AND "status" = OLD."status";
		DELETE FROM "connection_counts"
			WHERE "app_id" = OLD."app_id" AND "tenant_id" = OLD."tenant_id" AND "is_demo" = OLD."is_demo" AND "status" = OLD."status" AND "n" <= 0;
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		INSERT INTO "connection_counts" ("app_id", "tenant_id", "is_demo", "status", "n") VALUES (NEW."app_id", NEW."tenant_id", NEW."is_demo", NEW."status", 1)
			ON CONFLICT ("app_id", "tenant_id", "is_demo", "status") DO UPDATE SET "n" = "connection_counts"."n" + 1;
	END IF;
	RETURN NULL;
END;
$$;
--> statement-breakpoint
INSERT INTO "connection_counts" ("app_id", "tenant_id", "is_demo", "status", "n")
	SELECT "app_id", "tenant_id", "is_demo", "status", count(*) FROM "connections" GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
CREATE TRIGGER "connection_counts_ins" AFTER INSERT ON "connections" FOR EACH ROW EXECUTE FUNCTION "connection_counts_apply"();
--> statement-breakpoint
CREATE TRIGGER "connection_counts_del" AFTER DELETE ON "connections" FOR EACH ROW EXECUTE FUNCTION "connection_counts_apply"();
--> statement-breakpoint
CREATE TRIGGER "connection_counts_upd" AFTER UPDATE OF "app_id", "tenant_id", "is_demo", "status" ON "connections" FOR EACH ROW
	WHEN (OLD."app_id" IS DISTINCT FROM NEW."app_id" OR OLD."tenant_id" IS DISTINCT FROM NEW."tenant_id"
		OR OLD."is_demo" IS DISTINCT FROM NEW."is_demo" OR OLD."status" IS DISTINCT FROM NEW."status")
	EXECUTE FUNCTION "connection_counts_apply"();
