CREATE TABLE `app_connection_counts` (
	`app_id` text PRIMARY KEY NOT NULL,
	`live` integer NOT NULL,
	`live_demo` integer NOT NULL,
	`stale` integer NOT NULL,
	`organisations` integer NOT NULL
);
--> statement-breakpoint
-- app_connection_counts = each app's live connections (demo companies apart), stale connections and organisations
-- with a live connection, kept from connection_counts' rows (one per app, organisation, demo flag and status;
-- a row exists while its n > 0). An organisation counts once however many live rows it has: it is added with
-- its first live row and taken away with its last, found by connection_counts' primary key (app_id, tenant_id, ...).
-- The counters are written before the organisation is looked up so that, on Postgres, the app's row is locked
-- first and a concurrent writer's rows are seen (the twin in db/migrations-pg follows the same order).
CREATE TRIGGER `app_connection_counts_ins` AFTER INSERT ON `connection_counts` WHEN new.status != 'disconnected' BEGIN
	INSERT INTO `app_connection_counts` (`app_id`, `live`, `live_demo`, `stale`, `organisations`)
		VALUES (new.app_id, CASE WHEN new.is_demo = 0 THEN new.n ELSE 0 END, CASE WHEN new.is_demo = 0 THEN 0 ELSE new.n END,
			CASE WHEN new.status = 'stale' THEN new.n ELSE 0 END, 0)
		ON CONFLICT (`app_id`) DO UPDATE SET `live` = `live` + excluded.live, `live_demo` = `live_demo` + excluded.live_demo,
			`stale` = `stale` + excluded.stale;
	UPDATE `app_connection_counts` SET `organisations` = `organisations` + 1
		WHERE `app_id` = new.app_id AND NOT EXISTS (SELECT 1 FROM `connection_counts` o WHERE o.app_id = new.app_id AND o.tenant_id = new.tenant_id
			AND o.status != 'disconnected' AND o.n > 0 AND NOT (o.is_demo = new.is_demo AND o.status = new.status));
END;
--> statement-breakpoint
CREATE TRIGGER `app_connection_counts_upd` AFTER UPDATE OF `n` ON `connection_counts` WHEN new.status != 'disconnected' BEGIN
	UPDATE `app_connection_counts` SET
		`live` = `live` + CASE WHEN new.is_demo = 0 THEN new.n - old.n ELSE 0 END,
		`live_demo` = `live_demo` + CASE WHEN new.is_demo = 0 THEN 0 ELSE new.n - old.n END,
		`stale` = `stale` + CASE WHEN new.status = 'stale' THEN new.n - old.n ELSE 0 END
		WHERE `app_id` = new.app_id;
END;
--> statement-breakpoint
CREATE TRIGGER `app_connection_counts_del` AFTER DELETE ON `connection_counts` WHEN old.status != 'disconnected' BEGIN
	UPDATE `app_connection_counts` SET
		`live` = `live` - CASE WHEN old.is_demo = 0 THEN old.n ELSE 0 END,
		`live_demo` = `live_demo` - CASE WHEN old.is_demo = 0 THEN 0 ELSE old.n END,
		`stale` = `stale` - CASE WHEN old.status = 'stale' THEN old.n ELSE 0 END
		WHERE `app_id` = old.app_id;
	UPDATE `app_connection_counts` SET `organisations` = `organisations` - 1
		WHERE `app_id` = old.app_id AND NOT EXISTS (SELECT 1 FROM `connection_counts` o WHERE o.app_id = old.app_id AND o.tenant_id = old.tenant_id
			AND o.status != 'disconnected' AND o.n > 0);
	DELETE FROM `app_connection_counts` WHERE `app_id` = old.app_id AND `organisations` <= 0;
END;
--> statement-breakpoint
INSERT INTO `app_connection_counts` (`app_id`, `live`, `live_demo`, `stale`, `organisations`)
	SELECT `app_id`, sum(CASE WHEN `is_demo` = 0 THEN `n` ELSE 0 END), sum(CASE WHEN `is_demo` = 0 THEN 0 ELSE `n` END),
		sum(CASE WHEN `status` = 'stale' THEN `n` ELSE 0 END), count(DISTINCT `tenant_id`)
	FROM `connection_counts` WHERE `status` != 'disconnected' AND `n` > 0 GROUP BY `app_id`;
