CREATE TABLE `grant_connection_counts` (
	`grant_id` text NOT NULL,
	`end_user_id` text NOT NULL,
	`status` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`grant_id`, `end_user_id`, `status`)
);
--> statement-breakpoint
CREATE INDEX `grant_connection_counts_end_user_idx` ON `grant_connection_counts` (`end_user_id`,`status`);--> statement-breakpoint
INSERT INTO `grant_connection_counts` (`grant_id`, `end_user_id`, `status`, `n`)
	SELECT `grant_id`, coalesce(`end_user_id`, ''), `status`, count(*) FROM `connections` GROUP BY 1, 2, 3;
--> statement-breakpoint
CREATE TRIGGER `grant_connection_counts_ins` AFTER INSERT ON `connections` BEGIN
	INSERT INTO `grant_connection_counts` (`grant_id`, `end_user_id`, `status`, `n`) VALUES (new.grant_id, coalesce(new.end_user_id, ''), new.status, 1)
		ON CONFLICT (`grant_id`, `end_user_id`, `status`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `grant_connection_counts_del` AFTER DELETE ON `connections` BEGIN
	UPDATE `grant_connection_counts` SET `n` = `n` - 1
		WHERE `grant_id` = old.grant_id AND `end_user_id` = coalesce(old.end_user_id, '') AND `status` = old.status;
	DELETE FROM `grant_connection_counts`
		WHERE `grant_id` = old.grant_id AND `end_user_id` = coalesce(old.end_user_id, '') AND `status` = old.status AND `n` <= 0;
END;
--> statement-breakpoint
CREATE TRIGGER `grant_connection_counts_upd` AFTER UPDATE OF `grant_id`, `end_user_id`, `status` ON `connections`
	WHEN old.grant_id IS NOT new.grant_id OR old.end_user_id IS NOT new.end_user_id OR old.status IS NOT new.status
BEGIN
	UPDATE `grant_connection_counts` SET `n` = `n` - 1
		WHERE `grant_id` = old.grant_id AND `end_user_id` = coalesce(old.end_user_id, '') AND `status` = old.status;
	DELETE FROM `grant_connection_counts`
		WHERE `grant_id` = old.grant_id AND `end_user_id` = coalesce(old.end_user_id, '') AND `status` = old.status AND `n` <= 0;
	INSERT INTO `grant_connection_counts` (`grant_id`, `end_user_id`, `status`, `n`) VALUES (new.grant_id, coalesce(new.end_user_id, ''), new.status, 1)
		ON CONFLICT (`grant_id`, `end_user_id`, `status`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
-- connection_counts' triggers (0008) removed emptied rows with "WHERE n <= 0", a pass over the whole summary
-- on every status change and delete; the same, keyed by the row just decremented.
DROP TRIGGER `connection_counts_del`;
--> statement-breakpoint
CREATE TRIGGER `connection_counts_del` AFTER DELETE ON `connections` BEGIN
	UPDATE `connection_counts` SET `n` = `n` - 1
		WHERE `app_id` = old.app_id AND `tenant_id` = old.tenant_id AND `is_demo` = old.is_demo AND `status` = old.status;
	DELETE FROM `connection_counts`
		WHERE `app_id` = old.app_id AND `tenant_id` = old.tenant_id AND `is_demo` = old.is_demo AND `status` = old.status AND `n` <= 0;
END;
--> statement-breakpoint
DROP TRIGGER `connection_counts_upd`;
--> statement-breakpoint
CREATE TRIGGER `connection_counts_upd` AFTER UPDATE OF `app_id`, `tenant_id`, `is_demo`, `status` ON `connections`
	WHEN old.app_id IS NOT new.app_id OR old.tenant_id IS NOT new.tenant_id OR old.is_demo IS NOT new.is_demo OR old.status IS NOT new.status
BEGIN
	UPDATE `connection_counts` SET `n` = `n` - 1
		WHERE `app_id` = old.app_id AND `tenant_id` = old.tenant_id AND `is_demo` = old.is_demo AND `status` = old.status;
	DELETE FROM `connection_counts`
		WHERE `app_id` = old.app_id AND `tenant_id` = old.tenant_id AND `is_demo` = old.is_demo AND `status` = old.status AND `n` <= 0;
	INSERT INTO `connection_counts` (`app_id`, `tenant_id`, `is_demo`, `status`, `n`) VALUES (new.app_id, new.tenant_id, new.is_demo, new.status, 1)
		ON CONFLICT (`app_id`, `tenant_id`, `is_demo`, `status`) DO UPDATE SET `n` = `n` + 1;
END;
