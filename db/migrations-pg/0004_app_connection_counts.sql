CREATE TABLE "app_connection_counts" (
	"app_id" text PRIMARY KEY NOT NULL,
	"live" integer NOT NULL,
	"live_demo" integer NOT NULL,
	"stale" integer NOT NULL,
	"organisations" integer NOT NULL
);
--> statement-breakpoint
-- Postgres twin of the hand-written SQLite triggers in db/migrations 0012_app_connection_counts (same names, same
-- effect): each app's live connections (demo companies apart), stale connections and organisations with a live
-- connection, kept from connection_counts' rows. An organisation counts once: added with its first live row,
-- taken away with its last. The counters are written first, which locks the app's row: a concurrent writer of
-- the same app waits, and the organisation lookup (a new statement, a new snapshot) then sees its rows.
CREATE FUNCTION "app_connection_counts_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		INSERT INTO "app_connection_counts" ("app_id", "live", "live_demo", "stale", "organisations")
			VALUES (NEW."app_id", CASE WHEN NEW."is_demo" = 0 THEN NEW."n" ELSE 0 END, CASE WHEN NEW."is_demo" = 0 THEN 0 ELSE NEW."n" END,
				CASE WHEN NEW."status" = 'stale' THEN NEW."n" ELSE 0 END, 0)
			ON CONFLICT ("app_id") DO UPDATE SET "live" = "app_connection_counts"."live" + excluded."live",
				"live_demo" = "app_connection_counts"."live_demo" + excluded."live_demo", "stale" = "app_connection_counts"."stale" + excluded."stale";
		UPDATE "app_connection_counts" SET "organisations" = "organisations" + 1
			WHERE "app_id" = NEW."app_id" AND NOT EXISTS (SELECT 1 FROM "connection_counts" o WHERE o."app_id" = NEW."app_id" AND o."tenant_id" = NEW."tenant_id"
				AND o."status" != 'disconnected' AND o."n" > 0 AND NOT (o."is_demo" = NEW."is_demo" AND o."status" = NEW."status"));
	ELSIF TG_OP = 'UPDATE' THEN
		UPDATE "app_connection_counts" SET
			"live" = "live" + CASE WHEN NEW."is_demo" = 0 THEN NEW."n" - OLD."n" ELSE 0 END,
			"live_demo" = "live_demo" + CASE WHEN NEW."is_demo" = 0 THEN 0 ELSE NEW."n" - OLD."n" END,
			"stale" = "stale" + CASE WHEN NEW."status" = 'stale' THEN NEW."n" - OLD."n" ELSE 0 END
			WHERE "app_id" = NEW."app_id";
	ELSE
		UPDATE "app_connection_counts" SET
			"live" = "live" - CASE WHEN OLD."is_demo" = 0 THEN OLD."n" ELSE 0 END,
			"live_demo" = "live_demo" - CASE WHEN OLD."is_demo" = 0 THEN 0 ELSE OLD."n" END,
			"stale" = "stale" - CASE WHEN OLD."status" = 'stale' THEN OLD."n" ELSE 0 END
			WHERE "app_id" = OLD."app_id";
		UPDATE "app_connection_counts" SET "organisations" = "organisations" - 1
			WHERE "app_id" = OLD."app_id" AND NOT EXISTS (SELECT 1 FROM "connection_counts" o WHERE o."app_id" = OLD."app_id"
				AND o."tenant_id" = OLD."tenant_id" AND o."status" != 'disconnected' AND o."n" > 0);
		DELETE FROM "app_connection_counts" WHERE "app_id" = OLD."app_id" AND "organisations" <= 0;
	END IF;
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "app_connection_counts_ins" AFTER INSERT ON "connection_counts" FOR EACH ROW WHEN (NEW."status" != 'disconnected')
	EXECUTE FUNCTION "app_connection_counts_apply"();
--> statement-breakpoint
CREATE TRIGGER "app_connection_counts_upd" AFTER UPDATE OF "n" ON "connection_counts" FOR EACH ROW WHEN (NEW."status" != 'disconnected')
	EXECUTE FUNCTION "app_connection_counts_apply"();
--> statement-breakpoint
CREATE TRIGGER "app_connection_counts_del" AFTER DELETE ON "connection_counts" FOR EACH ROW WHEN (OLD."status" != 'disconnected')
	EXECUTE FUNCTION "app_connection_counts_apply"();
--> statement-breakpoint
INSERT INTO "app_connection_counts" ("app_id", "live", "live_demo", "stale", "organisations")
	SELECT "app_id", sum(CASE WHEN "is_demo" = 0 THEN "n" ELSE 0 END), sum(CASE WHEN "is_demo" = 0 THEN 0 ELSE "n" END),
		sum(CASE WHEN "status" = 'stale' THEN "n" ELSE 0 END), count(DISTINCT "tenant_id")
	FROM "connection_counts" WHERE "status" != 'disconnected' AND "n" > 0 GROUP BY "app_id";
