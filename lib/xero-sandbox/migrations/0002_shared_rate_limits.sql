CREATE TABLE `calls_in_flight` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`started_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `calls_in_flight_key_idx` ON `calls_in_flight` (`key`,`started_at`);--> statement-breakpoint
CREATE TABLE `rate_windows` (
	`key` text PRIMARY KEY NOT NULL,
	`start` integer NOT NULL,
	`count` integer NOT NULL
);
