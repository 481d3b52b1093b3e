-- Postgres twins of the hand-written SQLite SQL in db/migrations 0009_grant_connection_counts and 0010_search_index
-- (drizzle-kit does not model triggers). Same trigger names and effect; SQLite's FTS5 table has no twin: Postgres
-- indexes search_terms.text with a pg_trgm GIN index instead (docs/architecture.md#two-engines).

-- grant_connection_counts = connections per (grant, customer recorded on the connection or '', status).
CREATE FUNCTION "grant_connection_counts_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP IN ('DELETE', 'UPDATE') THEN
		UPDATE "grant_connection_counts" SET "n" = "n" - 1
			WHERE "grant_id" = OLD."grant_id" AND "end_user_id" = coalesce(OLD."end_user_id", '') AND "status" = OLD."status";
		DELETE FROM "grant_connection_counts"
			WHERE "grant_id" = OLD."grant_id" AND "end_user_id" = coalesce(OLD."end_user_id", '') AND "status" = OLD."status" AND "n" <= 0;
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		INSERT INTO "grant_connection_counts" ("grant_id", "end_user_id", "status", "n") VALUES (NEW."grant_id", coalesce(NEW."end_user_id", ''), NEW."status", 1)
			ON CONFLICT ("grant_id", "end_user_id", "status") DO UPDATE SET "n" = "grant_connection_counts"."n" + 1;
	END IF;
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "grant_connection_counts_ins" AFTER INSERT ON "connections" FOR EACH ROW EXECUTE FUNCTION "grant_connection_counts_apply"();
--> statement-breakpoint
CREATE TRIGGER "grant_connection_counts_del" AFTER DELETE ON "connections" FOR EACH ROW EXECUTE FUNCTION "grant_connection_counts_apply"();
--> statement-breakpoint
CREATE TRIGGER "grant_connection_counts_upd" AFTER UPDATE OF "grant_id", "end_user_id", "status" ON "connections" FOR EACH ROW
	WHEN (OLD."grant_id" IS DISTINCT FROM NEW."grant_id" OR OLD."end_user_id" IS DISTINCT FROM NEW."end_user_id" OR OLD."status" IS DISTINCT FROM NEW."status")
	EXECUTE FUNCTION "grant_connection_counts_apply"();
--> statement-breakpoint
INSERT INTO "grant_connection_counts" ("grant_id", "end_user_id", "status", "n")
	SELECT "grant_id", coalesce("end_user_id", ''), "status", count(*) FROM "connections" GROUP BY 1, 2, 3;
--> statement-breakpoint

-- search_terms: the searchable text of organisations, grants and customers, one row per field.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX "search_terms_trgm_idx" ON "search_terms" USING gin ("text" gin_trgm_ops);
--> statement-breakpoint
CREATE FUNCTION "organisations_search"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP IN ('DELETE', 'UPDATE') THEN
		DELETE FROM "search_terms" WHERE "kind" = 'organisation' AND "ref" = OLD."tenant_id";
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		INSERT INTO "search_terms" ("kind", "ref", "text") VALUES ('organisation', NEW."tenant_id", NEW."name");
	END IF;
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "organisations_search_ins" AFTER INSERT ON "organisations" FOR EACH ROW EXECUTE FUNCTION "organisations_search"();
--> statement-breakpoint
CREATE TRIGGER "organisations_search_upd" AFTER UPDATE OF "tenant_id", "name" ON "organisations" FOR EACH ROW
	WHEN (OLD."tenant_id" IS DISTINCT FROM NEW."tenant_id" OR OLD."name" IS DISTINCT FROM NEW."name")
	EXECUTE FUNCTION "organisations_search"();
--> statement-breakpoint
CREATE TRIGGER "organisations_search_del" AFTER DELETE ON "organisations" FOR EACH ROW EXECUTE FUNCTION "organisations_search"();
--> statement-breakpoint
CREATE FUNCTION "grants_search"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP IN ('DELETE', 'UPDATE') THEN
		DELETE FROM "search_terms" WHERE "kind" IN ('grant_email', 'grant_name') AND "ref" = OLD."id";
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		INSERT INTO "search_terms" ("kind", "ref", "text") VALUES ('grant_email', NEW."id", NEW."email"), ('grant_name', NEW."id", NEW."name");
	END IF;
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "grants_search_ins" AFTER INSERT ON "grants" FOR EACH ROW EXECUTE FUNCTION "grants_search"();
--> statement-breakpoint
CREATE TRIGGER "grants_search_upd" AFTER UPDATE OF "id", "email", "name" ON "grants" FOR EACH ROW
	WHEN (OLD."id" IS DISTINCT FROM NEW."id" OR OLD."email" IS DISTINCT FROM NEW."email" OR OLD."name" IS DISTINCT FROM NEW."name")
	EXECUTE FUNCTION "grants_search"();
--> statement-breakpoint
CREATE TRIGGER "grants_search_del" AFTER DELETE ON "grants" FOR EACH ROW EXECUTE FUNCTION "grants_search"();
--> statement-breakpoint
CREATE FUNCTION "end_users_search"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP IN ('DELETE', 'UPDATE') THEN
		DELETE FROM "search_terms" WHERE "kind" IN ('end_user_name', 'end_user_account') AND "ref" = OLD."id";
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		INSERT INTO "search_terms" ("kind", "ref", "text") SELECT 'end_user_name', NEW."id", NEW."display_name" WHERE NEW."display_name" IS NOT NULL;
		INSERT INTO "search_terms" ("kind", "ref", "text") SELECT 'end_user_account', NEW."id", NEW."account_name" WHERE NEW."account_name" IS NOT NULL;
	END IF;
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "end_users_search_ins" AFTER INSERT ON "end_users" FOR EACH ROW EXECUTE FUNCTION "end_users_search"();
--> statement-breakpoint
CREATE TRIGGER "end_users_search_upd" AFTER UPDATE OF "id", "display_name", "account_name" ON "end_users" FOR EACH ROW
	WHEN (OLD."id" IS DISTINCT FROM NEW."id" OR OLD."display_name" IS DISTINCT FROM NEW."display_name" OR OLD."account_name" IS DISTINCT FROM NEW."account_name")
	EXECUTE FUNCTION "end_users_search"();
--> statement-breakpoint
CREATE TRIGGER "end_users_search_del" AFTER DELETE ON "end_users" FOR EACH ROW EXECUTE FUNCTION "end_users_search"();
--> statement-breakpoint
INSERT INTO "search_terms" ("kind", "ref", "text") SELECT 'organisation', "tenant_id", "name" FROM "organisations";
--> statement-breakpoint
INSERT INTO "search_terms" ("kind", "ref", "text") SELECT 'grant_email', "id", "email" FROM "grants";
--> statement-breakpoint
INSERT INTO "search_terms" ("kind", "ref", "text") SELECT 'grant_name', "id", "name" FROM "grants";
--> statement-breakpoint
INSERT INTO "search_terms" ("kind", "ref", "text") SELECT 'end_user_name', "id", "display_name" FROM "end_users" WHERE "display_name" IS NOT NULL;
--> statement-breakpoint
INSERT INTO "search_terms" ("kind", "ref", "text") SELECT 'end_user_account', "id", "account_name" FROM "end_users" WHERE "account_name" IS NOT NULL;
