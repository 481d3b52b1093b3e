CREATE TABLE `api_key_counters` (
	`key_id` text NOT NULL,
	`bucket` text NOT NULL,
	`count` integer NOT NULL,
	`expires_at` integer NOT NULL,
	PRIMARY KEY(`key_id`, `bucket`)
);
--> statement-breakpoint
CREATE INDEX `api_key_counters_expires_idx` ON `api_key_counters` (`expires_at`);--> statement-breakpoint
ALTER TABLE `api_keys` ADD `environment` text DEFAULT 'all' NOT NULL;--> statement-breakpoint
ALTER TABLE `api_keys` ADD `scopes` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
CREATE INDEX `api_keys_created_idx` ON `api_keys` (`created_at`);