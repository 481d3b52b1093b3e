CREATE TABLE `xero_user_summaries` (
	`xero_user_id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`grants` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `xero_user_summaries_email_idx` ON `xero_user_summaries` (`email`,`xero_user_id`);--> statement-breakpoint
-- xero_user_summaries = per Xero user, max(email), max(name) and count(*) of their grants: what grouping grants by
-- xero_user_id gives, kept so People need not group every grant for each page. Each trigger recounts the Xero users
-- a grant write touched from their own grants (a few rows, found by grants_user_idx): the row is made if missing,
-- set from the recount, and removed when they hold no grant any more. The Postgres twin in db/migrations-pg takes
-- the same steps; there the first one also locks the row, so a concurrent writer's recount sees this one's grant.
CREATE TRIGGER `xero_user_summaries_ins` AFTER INSERT ON `grants` BEGIN
	INSERT INTO `xero_user_summaries` (`xero_user_id`, `email`, `name`, `grants`) VALUES (new.xero_user_id, '', '', 0)
		ON CONFLICT (`xero_user_id`) DO NOTHING;
	UPDATE `xero_user_summaries` SET (`email`, `name`, `grants`) =
		(SELECT coalesce(max(g.email), ''), coalesce(max(g.name), ''), count(*) FROM `grants` g WHERE g.xero_user_id = new.xero_user_id)
		WHERE `xero_user_id` = new.xero_user_id;
END;
--> statement-breakpoint
CREATE TRIGGER `xero_user_summaries_del` AFTER DELETE ON `grants` BEGIN
	UPDATE `xero_user_summaries` SET (`email`, `name`, `grants`) =
		(SELECT coalesce(max(g.email), ''), coalesce(max(g.name), ''), count(*) FROM `grants` g WHERE g.xero_user_id = old.xero_user_id)
		WHERE `xero_user_id` = old.xero_user_id;
	DELETE FROM `xero_user_summaries` WHERE `xero_user_id` = old.xero_user_id AND `grants` <= 0;
END;
--> statement-breakpoint
-- A grant whose email or name changed, or (never done today, but kept right) that moved to another Xero user:
-- both users are recounted.
CREATE TRIGGER `xero_user_summaries_upd` AFTER UPDATE OF `xero_user_id`, `email`, `name` ON `grants`
	WHEN old.xero_user_id IS NOT new.xero_user_id OR old.email IS NOT new.email OR old.name IS NOT new.name
BEGIN
	INSERT INTO `xero_user_summaries` (`xero_user_id`, `email`, `name`, `grants`) VALUES (new.xero_user_id, '', '', 0)
		ON CONFLICT (`xero_user_id`) DO NOTHING;
	UPDATE `xero_user_summaries` SET (`email`, `name`, `grants`) =
		(SELECT coalesce(max(g.email), ''), coalesce(max(g.name), ''), count(*) FROM `grants` g WHERE g.xero_user_id = new.xero_user_id)
		WHERE `xero_user_id` = new.xero_user_id;
	UPDATE `xero_user_summaries` SET (`email`, `name`, `grants`) =
		(SELECT coalesce(max(g.email), ''), coalesce(max(g.name), ''), count(*) FROM `grants` g WHERE g.xero_user_id = old.xero_user_id)
		WHERE `xero_user_id` = old.xero_user_id AND old.xero_user_id IS NOT new.xero_user_id;
	DELETE FROM `xero_user_summaries` WHERE `xero_user_id` = old.xero_user_id AND `grants` <= 0;
END;
--> statement-breakpoint
INSERT INTO `xero_user_summaries` (`xero_user_id`, `email`, `name`, `grants`)
	SELECT `xero_user_id`, max(`email`), max(`name`), count(*) FROM `grants` GROUP BY `xero_user_id`;
