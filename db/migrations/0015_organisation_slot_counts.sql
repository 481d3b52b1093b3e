CREATE TABLE `organisation_slot_counts` (
	`tenant_id` text PRIMARY KEY NOT NULL,
	`uncertified_apps` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `organisation_slot_counts_apps_idx` ON `organisation_slot_counts` (`uncertified_apps`,`tenant_id`);--> statement-breakpoint
-- organisation_slot_counts = per organisation, the distinct apps that take one of its two uncertified-app slots
-- and have a live connection to it, kept from connection_counts' rows (one per app, organisation, demo flag and
-- status; a row exists while its n > 0). An app counts once per organisation: added with its first live row
-- there, taken away with its last, found by connection_counts' primary key (app_id, tenant_id, ...). Whether an
-- app takes a slot is takesUncertifiedSlot (lib/limits/sql.ts), written out below as
--   plan = 'legacy-uncertified' OR (plan IN ('starter', 'core') AND certified = 0)
-- lib/limits/organisation-slot-counts.test.ts fails when this and the TypeScript rule disagree for any plan.
-- When an app's plan or certified flag changes, its organisations are recounted; when an app is deleted, it is
-- taken away BEFORE the delete, while its connection_counts rows are still there (the cascade that deletes its
-- connections then finds no app and changes nothing).
CREATE TRIGGER `organisation_slot_counts_ins` AFTER INSERT ON `connection_counts` WHEN new.status != 'disconnected' BEGIN
	INSERT INTO `organisation_slot_counts` (`tenant_id`, `uncertified_apps`)
		SELECT new.tenant_id, 1 FROM `xero_apps` a
		WHERE a.id = new.app_id AND (a.plan = 'legacy-uncertified' OR (a.plan IN ('starter', 'core') AND a.certified = 0))
			AND NOT EXISTS (SELECT 1 FROM `connection_counts` o WHERE o.app_id = new.app_id AND o.tenant_id = new.tenant_id
				AND o.status != 'disconnected' AND o.n > 0 AND NOT (o.is_demo = new.is_demo AND o.status = new.status))
		ON CONFLICT (`tenant_id`) DO UPDATE SET `uncertified_apps` = `uncertified_apps` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `organisation_slot_counts_del` AFTER DELETE ON `connection_counts` WHEN old.status != 'disconnected' BEGIN
	UPDATE `organisation_slot_counts` SET `uncertified_apps` = `uncertified_apps` - 1
		WHERE `tenant_id` = old.tenant_id
			AND EXISTS (SELECT 1 FROM `xero_apps` a WHERE a.id = old.app_id
				AND (a.plan = 'legacy-uncertified' OR (a.plan IN ('starter', 'core') AND a.certified = 0)))
			AND NOT EXISTS (SELECT 1 FROM `connection_counts` o WHERE o.app_id = old.app_id AND o.tenant_id = old.tenant_id
				AND o.status != 'disconnected' AND o.n > 0);
	DELETE FROM `organisation_slot_counts` WHERE `tenant_id` = old.tenant_id AND `uncertified_apps` <= 0;
END;
--> statement-breakpoint
CREATE TRIGGER `organisation_slot_counts_app_upd` AFTER UPDATE OF `plan`, `certified` ON `xero_apps`
	WHEN (old.plan = 'legacy-uncertified' OR (old.plan IN ('starter', 'core') AND old.certified = 0))
		IS NOT (new.plan = 'legacy-uncertified' OR (new.plan IN ('starter', 'core') AND new.certified = 0))
BEGIN
	INSERT INTO `organisation_slot_counts` (`tenant_id`, `uncertified_apps`)
		SELECT DISTINCT `tenant_id`, 1 FROM `connection_counts`
		WHERE `app_id` = new.id AND `status` != 'disconnected' AND `n` > 0
			AND (new.plan = 'legacy-uncertified' OR (new.plan IN ('starter', 'core') AND new.certified = 0))
		ON CONFLICT (`tenant_id`) DO UPDATE SET `uncertified_apps` = `uncertified_apps` + 1;
	UPDATE `organisation_slot_counts` SET `uncertified_apps` = `uncertified_apps` - 1
		WHERE NOT (new.plan = 'legacy-uncertified' OR (new.plan IN ('starter', 'core') AND new.certified = 0))
			AND `tenant_id` IN (SELECT `tenant_id` FROM `connection_counts` WHERE `app_id` = new.id AND `status` != 'disconnected' AND `n` > 0);
	DELETE FROM `organisation_slot_counts` WHERE `uncertified_apps` <= 0;
END;
--> statement-breakpoint
CREATE TRIGGER `organisation_slot_counts_app_del` BEFORE DELETE ON `xero_apps`
	WHEN old.plan = 'legacy-uncertified' OR (old.plan IN ('starter', 'core') AND old.certified = 0)
BEGIN
	UPDATE `organisation_slot_counts` SET `uncertified_apps` = `uncertified_apps` - 1
		WHERE `tenant_id` IN (SELECT `tenant_id` FROM `connection_counts` WHERE `app_id` = old.id AND `status` != 'disconnected' AND `n` > 0);
	DELETE FROM `organisation_slot_counts` WHERE `uncertified_apps` <= 0;
END;
--> statement-breakpoint
INSERT INTO `organisation_slot_counts` (`tenant_id`, `uncertified_apps`)
	SELECT c.tenant_id, count(DISTINCT c.app_id) FROM `connection_counts` c INNER JOIN `xero_apps` a ON a.id = c.app_id
	WHERE c.status != 'disconnected' AND c.n > 0 AND (a.plan = 'legacy-uncertified' OR (a.plan IN ('starter', 'core') AND a.certified = 0))
	GROUP BY c.tenant_id;
