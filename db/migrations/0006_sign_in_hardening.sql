CREATE TABLE `sign_in_address_attempts` (
	`address` text PRIMARY KEY NOT NULL,
	`window_started_at` integer NOT NULL,
	`attempts` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sign_in_address_window_idx` ON `sign_in_address_attempts` (`window_started_at`);--> statement-breakpoint
ALTER TABLE `users` ADD `sessions_not_before` integer;