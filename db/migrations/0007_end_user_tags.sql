CREATE TABLE `end_user_tags` (
	`tag` text NOT NULL,
	`end_user_id` text NOT NULL,
	PRIMARY KEY(`tag`, `end_user_id`),
	FOREIGN KEY (`end_user_id`) REFERENCES `end_users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `end_user_tags_user_idx` ON `end_user_tags` (`end_user_id`);--> statement-breakpoint
-- Triggers keep end_user_tags equal to end_users.tags whoever writes end users (hand-written: drizzle-kit does not model triggers).
CREATE TRIGGER `end_user_tags_after_insert` AFTER INSERT ON `end_users` BEGIN
	INSERT OR IGNORE INTO `end_user_tags` (`tag`, `end_user_id`) SELECT `value`, NEW.`id` FROM json_each(NEW.`tags`);
END;--> statement-breakpoint
CREATE TRIGGER `end_user_tags_after_update` AFTER UPDATE OF `tags` ON `end_users` BEGIN
	DELETE FROM `end_user_tags` WHERE `end_user_id` = NEW.`id`;
	INSERT OR IGNORE INTO `end_user_tags` (`tag`, `end_user_id`) SELECT `value`, NEW.`id` FROM json_each(NEW.`tags`);
END;--> statement-breakpoint
INSERT OR IGNORE INTO `end_user_tags` (`tag`, `end_user_id`) SELECT j.`value`, e.`id` FROM `end_users` e, json_each(e.`tags`) j;
