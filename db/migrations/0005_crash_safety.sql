CREATE TABLE `disconnect_intents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actor_id` text,
	`actor_email` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`holder` text NOT NULL,
	`lease_expires_at` integer NOT NULL,
	`started_at` integer NOT NULL,
	`finished_at` integer,
	`status` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `disconnect_intents_status_idx` ON `disconnect_intents` (`status`);--> statement-breakpoint
ALTER TABLE `connections` ADD `disconnect_intent_id` integer;--> statement-breakpoint
CREATE INDEX `conn_disconnect_intent_idx` ON `connections` (`disconnect_intent_id`);--> statement-breakpoint
ALTER TABLE `job_runs` ADD `lease_expires_at` integer;