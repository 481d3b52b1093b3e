CREATE TABLE `connection_counts` (
	`app_id` text NOT NULL,
	`tenant_id` text NOT NULL,
	`is_demo` integer NOT NULL,
	`status` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`app_id`, `tenant_id`, `is_demo`, `status`)
);
--> statement-breakpoint
CREATE INDEX `connection_counts_tenant_idx` ON `connection_counts` (`tenant_id`,`status`);
--> statement-breakpoint
INSERT INTO `connection_counts` (`app_id`, `tenant_id`, `is_demo`, `status`, `n`)
	SELECT `app_id`, `tenant_id`, `is_demo`, `status`, count(*) FROM `connections` GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
CREATE TRIGGER `connection_counts_ins` AFTER INSERT ON `connections` BEGIN
	INSERT INTO `connection_counts` (`app_id`, `tenant_id`, `is_demo`, `status`, `n`) VALUES (new.app_id, new.tenant_id, new.is_demo, new.status, 1)
		ON CONFLICT (`app_id`, `tenant_id`, `is_demo`, `status`) DO UPDATE SET `n` = `n` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `connection_counts_del` AFTER DELETE ON `connections` BEGIN
	UPDATE `connection_counts` SET `n` = `n` - 1
		WHERE `app_id` = old.app_id AND `tenant_id` = old.tenant_id AND `is_demo` = old.is_demo AND `status` = old.status;
	DELETE FROM `connection_counts` WHERE `n` <= 0;
END;
--> statement-breakpoint
CREATE TRIGGER `connection_counts_upd` AFTER UPDATE OF `app_id`, `tenant_id`, `is_demo`, `status` ON `connections`
	WHEN old.app_id IS NOT new.app_id OR old.tenant_id IS NOT new.tenant_id OR old.is_demo IS NOT new.is_demo OR old.status IS NOT new.status
BEGIN
	UPDATE `connection_counts` SET `n` = `n` - 1
		WHERE `app_id` = old.app_id AND `tenant_id` = old.tenant_id AND `is_demo` = old.is_demo AND `status` = old.status;
	DELETE FROM `connection_counts` WHERE `n` <= 0;
	INSERT INTO `connection_counts` (`app_id`, `tenant_id`, `is_demo`, `status`, `n`) VALUES (new.app_id, new.tenant_id, new.is_demo, new.status, 1)
		ON CONFLICT (`app_id`, `tenant_id`, `is_demo`, `status`) DO UPDATE SET `n` = `n` + 1;
END;
