CREATE TABLE `connect_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`token_hash` text NOT NULL,
	`app_id` text NOT NULL,
	`end_user_id` text NOT NULL,
	`return_url` text NOT NULL,
	`reconnect_grant_id` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`error` text,
	`connection_ids` text DEFAULT '[]' NOT NULL,
	`created_by` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`opened_at` integer,
	`finished_at` integer,
	FOREIGN KEY (`app_id`) REFERENCES `xero_apps`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`end_user_id`) REFERENCES `end_users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reconnect_grant_id`) REFERENCES `grants`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `connect_sessions_token_uq` ON `connect_sessions` (`token_hash`);--> statement-breakpoint
CREATE INDEX `connect_sessions_app_status_idx` ON `connect_sessions` (`app_id`,`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `connect_sessions_end_user_idx` ON `connect_sessions` (`end_user_id`);--> statement-breakpoint
CREATE TABLE `end_users` (
	`id` text PRIMARY KEY NOT NULL,
	`external_id` text NOT NULL,
	`email` text,
	`display_name` text,
	`account_id` text,
	`account_name` text,
	`tags` text DEFAULT '[]' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `end_users_external_uq` ON `end_users` (`external_id`);--> statement-breakpoint
CREATE INDEX `end_users_account_idx` ON `end_users` (`account_id`);--> statement-breakpoint
CREATE INDEX `end_users_email_idx` ON `end_users` (`email`);--> statement-breakpoint
ALTER TABLE `connections` ADD `end_user_id` text REFERENCES end_users(id);--> statement-breakpoint
CREATE INDEX `conn_end_user_idx` ON `connections` (`end_user_id`);--> statement-breakpoint
ALTER TABLE `grants` ADD `source` text DEFAULT 'dashboard' NOT NULL;--> statement-breakpoint
ALTER TABLE `grants` ADD `end_user_id` text REFERENCES end_users(id);--> statement-breakpoint
ALTER TABLE `grants` ADD `last_observed_at` integer;--> statement-breakpoint
CREATE INDEX `grants_end_user_idx` ON `grants` (`end_user_id`);--> statement-breakpoint
ALTER TABLE `xero_apps` ADD `allowed_return_urls` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `xero_apps` ADD `portal_connection_count` integer;--> statement-breakpoint
ALTER TABLE `xero_apps` ADD `portal_count_read_at` integer;