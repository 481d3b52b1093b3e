CREATE TABLE "organisation_slot_counts" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"uncertified_apps" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "organisation_slot_counts_apps_idx" ON "organisation_slot_counts" USING btree ("uncertified_apps","tenant_id");--> statement-breakpoint
-- Postgres twin of the hand-written SQLite triggers in db/migrations 0015_organisation_slot_counts (same names,
-- same effect): per organisation, the distinct apps that take an uncertified-app slot (takesUncertifiedSlot,
-- lib/limits/sql.ts, written out as plan = 'legacy-uncertified' OR (plan IN ('starter', 'core') AND certified = 0);
-- lib/limits/organisation-slot-counts.test.ts fails when they disagree) with a live connection to it, kept from
-- connection_counts' rows. Against double counting by concurrent writers:
-- - the app's row is read FOR SHARE, so a write waits for a plan or certified change in flight and then reads
--   the new plan, and a plan change waits for the writers in flight and then recounts with their rows;
-- - the organisation's row is locked before its app's other rows are looked up (a new statement, a new
--   snapshot), so of two writers of one app and organisation the second sees what the first did.
CREATE FUNCTION "organisation_slot_counts_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	takes_slot boolean;
BEGIN
	IF TG_OP = 'INSERT' THEN
		SELECT a."plan" = 'legacy-uncertified' OR (a."plan" IN ('starter', 'core') AND a."certified" = 0) INTO takes_slot
			FROM "xero_apps" a WHERE a."id" = NEW."app_id" FOR SHARE;
		IF takes_slot IS NOT TRUE THEN RETURN NULL; END IF;
		INSERT INTO "organisation_slot_counts" ("tenant_id", "uncertified_apps") VALUES (NEW."tenant_id", 0)
			ON CONFLICT ("tenant_id") DO UPDATE SET "uncertified_apps" = "organisation_slot_counts"."uncertified_apps";
		UPDATE "organisation_slot_counts" SET "uncertified_apps" = "uncertified_apps" + 1
			WHERE "tenant_id" = NEW."tenant_id" AND NOT EXISTS (SELECT 1 FROM "connection_counts" o WHERE o."app_id" = NEW."app_id"
				AND o."tenant_id" = NEW."tenant_id" AND o."status" != 'disconnected' AND o."n" > 0
				AND NOT (o."is_demo" = NEW."is_demo" AND o."status" = NEW."status"));
	ELSE
		-- Deleted with its app (the cascade): the app's slot was given back before the delete (organisation_slot_counts_app_del).
		SELECT a."plan" = 'legacy-uncertified' OR (a."plan" IN ('starter', 'core') AND a."certified" = 0) INTO takes_slot
			FROM "xero_apps" a WHERE a."id" = OLD."app_id" FOR SHARE;
		IF takes_slot IS NOT TRUE THEN RETURN NULL; END IF;
		UPDATE "organisation_slot_counts" SET "uncertified_apps" = "uncertified_apps" WHERE "tenant_id" = OLD."tenant_id";
		UPDATE "organisation_slot_counts" SET "uncertified_apps" = "uncertified_apps" - 1
			WHERE "tenant_id" = OLD."tenant_id" AND NOT EXISTS (SELECT 1 FROM "connection_counts" o WHERE o."app_id" = OLD."app_id"
				AND o."tenant_id" = OLD."tenant_id" AND o."status" != 'disconnected' AND o."n" > 0);
		DELETE FROM "organisation_slot_counts" WHERE "tenant_id" = OLD."tenant_id" AND "uncertified_apps" <= 0;
	END IF;
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "organisation_slot_counts_ins" AFTER INSERT ON "connection_counts" FOR EACH ROW WHEN (NEW."status" != 'disconnected')
	EXECUTE FUNCTION "organisation_slot_counts_apply"();
--> statement-breakpoint
CREATE TRIGGER "organisation_slot_counts_del" AFTER DELETE ON "connection_counts" FOR EACH ROW WHEN (OLD."status" != 'disconnected')
	EXECUTE FUNCTION "organisation_slot_counts_apply"();
--> statement-breakpoint
-- An app's plan or certified flag changed whether it takes a slot: its organisations gain or lose it. The
-- UPDATE holds the app's row, so no connection write of the app runs in between (see above).
CREATE FUNCTION "organisation_slot_counts_app_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'UPDATE' AND (NEW."plan" = 'legacy-uncertified' OR (NEW."plan" IN ('starter', 'core') AND NEW."certified" = 0)) THEN
		INSERT INTO "organisation_slot_counts" ("tenant_id", "uncertified_apps")
			SELECT DISTINCT "tenant_id", 1 FROM "connection_counts" WHERE "app_id" = NEW."id" AND "status" != 'disconnected' AND "n" > 0
			ON CONFLICT ("tenant_id") DO UPDATE SET "uncertified_apps" = "organisation_slot_counts"."uncertified_apps" + 1;
		RETURN NULL;
	END IF;
	UPDATE "organisation_slot_counts" SET "uncertified_apps" = "uncertified_apps" - 1
		WHERE "tenant_id" IN (SELECT "tenant_id" FROM "connection_counts" WHERE "app_id" = OLD."id" AND "status" != 'disconnected' AND "n" > 0);
	DELETE FROM "organisation_slot_counts" WHERE "uncertified_apps" <= 0;
	-- BEFORE DELETE: OLD lets the delete go ahead.
	RETURN OLD;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "organisation_slot_counts_app_upd" AFTER UPDATE OF "plan", "certified" ON "xero_apps" FOR EACH ROW
	WHEN ((OLD."plan" = 'legacy-uncertified' OR (OLD."plan" IN ('starter', 'core') AND OLD."certified" = 0))
		IS DISTINCT FROM (NEW."plan" = 'legacy-uncertified' OR (NEW."plan" IN ('starter', 'core') AND NEW."certified" = 0)))
	EXECUTE FUNCTION "organisation_slot_counts_app_apply"();
--> statement-breakpoint
-- Before the delete, while the app's connection_counts rows are still there; the cascade that then deletes its
-- connections finds no app and changes nothing.
CREATE TRIGGER "organisation_slot_counts_app_del" BEFORE DELETE ON "xero_apps" FOR EACH ROW
	WHEN (OLD."plan" = 'legacy-uncertified' OR (OLD."plan" IN ('starter', 'core') AND OLD."certified" = 0))
	EXECUTE FUNCTION "organisation_slot_counts_app_apply"();
--> statement-breakpoint
INSERT INTO "organisation_slot_counts" ("tenant_id", "uncertified_apps")
	SELECT c."tenant_id", count(DISTINCT c."app_id") FROM "connection_counts" c INNER JOIN "xero_apps" a ON a."id" = c."app_id"
	WHERE c."status" != 'disconnected' AND c."n" > 0 AND (a."plan" = 'legacy-uncertified' OR (a."plan" IN ('starter', 'core') AND a."certified" = 0))
	GROUP BY c."tenant_id";
