CREATE TABLE `api_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`key_hash` text NOT NULL,
	`prefix` text NOT NULL,
	`owner_id` text NOT NULL,
	`role` text NOT NULL,
	`created_at` integer NOT NULL,
	`last_used_at` integer,
	`revoked_at` integer,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_hash_uq` ON `api_keys` (`key_hash`);--> statement-breakpoint
CREATE TABLE `app_daily_counts` (
	`app_id` text NOT NULL,
	`day` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`app_id`, `day`),
	FOREIGN KEY (`app_id`) REFERENCES `xero_apps`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `app_settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` integer NOT NULL,
	`updated_by` text
);
--> statement-breakpoint
CREATE TABLE `audit_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`actor_id` text,
	`actor_email` text,
	`action` text NOT NULL,
	`target_type` text,
	`target_id` text,
	`target_label` text,
	`details` text
);
--> statement-breakpoint
CREATE INDEX `audit_at_idx` ON `audit_events` (`at`);--> statement-breakpoint
CREATE INDEX `audit_actor_at_idx` ON `audit_events` (`actor_email`,`at`);--> statement-breakpoint
CREATE INDEX `audit_action_at_idx` ON `audit_events` (`action`,`at`);--> statement-breakpoint
CREATE TABLE `connections` (
	`id` text PRIMARY KEY NOT NULL,
	`app_id` text NOT NULL,
	`grant_id` text NOT NULL,
	`tenant_id` text NOT NULL,
	`tenant_name` text NOT NULL,
	`tenant_type` text NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`auth_event_id` text,
	`xero_created_at` integer,
	`xero_updated_at` integer,
	`first_seen_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`last_ok_call_at` integer,
	`last_forbidden_at` integer,
	`status` text DEFAULT 'active' NOT NULL,
	`stale_reasons` text DEFAULT '[]' NOT NULL,
	`disconnected_at` integer,
	`disconnected_by` text,
	FOREIGN KEY (`app_id`) REFERENCES `xero_apps`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`grant_id`) REFERENCES `grants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tenant_id`) REFERENCES `organisations`(`tenant_id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `conn_app_status_idx` ON `connections` (`app_id`,`status`,`is_demo`,`tenant_id`);--> statement-breakpoint
CREATE INDEX `conn_grant_idx` ON `connections` (`grant_id`);--> statement-breakpoint
CREATE INDEX `conn_tenant_idx` ON `connections` (`tenant_id`,`status`);--> statement-breakpoint
CREATE INDEX `conn_status_seen_idx` ON `connections` (`status`,`last_seen_at`);--> statement-breakpoint
CREATE INDEX `conn_tenant_name_idx` ON `connections` (`tenant_name`);--> statement-breakpoint
CREATE INDEX `conn_app_auth_event_idx` ON `connections` (`app_id`,`auth_event_id`);--> statement-breakpoint
CREATE INDEX `conn_status_disconnected_idx` ON `connections` (`status`,`disconnected_at`);--> statement-breakpoint
CREATE TABLE `grants` (
	`id` text PRIMARY KEY NOT NULL,
	`app_id` text NOT NULL,
	`xero_user_id` text NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`auth_event_ids` text DEFAULT '[]' NOT NULL,
	`token_set_enc` text,
	`access_expires_at` integer,
	`refresh_obtained_at` integer,
	`last_refresh_ok_at` integer,
	`last_refresh_failed_at` integer,
	`last_failure_reason` text,
	`failure_count` integer DEFAULT 0 NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`app_id`) REFERENCES `xero_apps`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `grants_app_user_uq` ON `grants` (`app_id`,`xero_user_id`);--> statement-breakpoint
CREATE INDEX `grants_status_idx` ON `grants` (`status`,`refresh_obtained_at`);--> statement-breakpoint
CREATE INDEX `grants_email_idx` ON `grants` (`email`);--> statement-breakpoint
CREATE INDEX `grants_user_idx` ON `grants` (`xero_user_id`);--> statement-breakpoint
CREATE TABLE `job_leases` (
	`name` text PRIMARY KEY NOT NULL,
	`holder` text NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `job_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`trigger` text NOT NULL,
	`holder` text NOT NULL,
	`started_at` integer NOT NULL,
	`finished_at` integer,
	`status` text NOT NULL,
	`total` integer DEFAULT 0 NOT NULL,
	`done` integer DEFAULT 0 NOT NULL,
	`summary` text
);
--> statement-breakpoint
CREATE INDEX `job_runs_started_idx` ON `job_runs` (`started_at`);--> statement-breakpoint
CREATE TABLE `oauth_states` (
	`state` text PRIMARY KEY NOT NULL,
	`app_id` text NOT NULL,
	`user_id` text NOT NULL,
	`code_verifier_enc` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`app_id`) REFERENCES `xero_apps`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `oauth_states_expires_idx` ON `oauth_states` (`expires_at`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`tenant_id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`first_seen_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `orgs_name_idx` ON `organisations` (`name`);--> statement-breakpoint
CREATE TABLE `rate_limit_samples` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`app_id` text NOT NULL,
	`tenant_id` text,
	`min_remaining` integer,
	`day_remaining` integer,
	`app_min_remaining` integer,
	`problem` text,
	`retry_after_seconds` integer,
	`status_code` integer NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`app_id`) REFERENCES `xero_apps`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `rl_app_tenant_at_idx` ON `rate_limit_samples` (`app_id`,`tenant_id`,`at`);--> statement-breakpoint
CREATE INDEX `rl_problem_at_idx` ON `rate_limit_samples` (`problem`,`at`);--> statement-breakpoint
CREATE INDEX `rl_app_429_at_idx` ON `rate_limit_samples` (`app_id`,`at`) WHERE problem is not null;--> statement-breakpoint
CREATE TABLE `revoked_sessions` (
	`session_id` text PRIMARY KEY NOT NULL,
	`revoked_at` integer NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `revoked_sessions_expires_idx` ON `revoked_sessions` (`expires_at`);--> statement-breakpoint
CREATE TABLE `sign_in_throttle` (
	`email` text PRIMARY KEY NOT NULL,
	`failures` integer NOT NULL,
	`window_started_at` integer NOT NULL,
	`locked_until` integer
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`xero_user_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`deactivated_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_uq` ON `users` (`email`);--> statement-breakpoint
CREATE INDEX `users_role_active_idx` ON `users` (`role`,`active`);--> statement-breakpoint
CREATE TABLE `webhook_deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`webhook_id` text NOT NULL,
	`event` text NOT NULL,
	`payload` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`status` text NOT NULL,
	`response_code` integer,
	`error` text,
	`next_attempt_at` integer,
	`created_at` integer NOT NULL,
	`delivered_at` integer,
	FOREIGN KEY (`webhook_id`) REFERENCES `webhooks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `wh_deliveries_status_next_idx` ON `webhook_deliveries` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `wh_deliveries_created_idx` ON `webhook_deliveries` (`created_at`);--> statement-breakpoint
CREATE TABLE `webhooks` (
	`id` text PRIMARY KEY NOT NULL,
	`url` text NOT NULL,
	`secret_enc` text NOT NULL,
	`events` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `xero_apps` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`environment` text NOT NULL,
	`plan` text NOT NULL,
	`certified` integer DEFAULT false NOT NULL,
	`client_id` text NOT NULL,
	`client_secret_enc` text,
	`redirect_uri` text NOT NULL,
	`scopes` text NOT NULL,
	`cap_override` integer,
	`count_demo_companies` integer DEFAULT false NOT NULL,
	`plan_started_at` integer,
	`notes` text DEFAULT '' NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `apps_client_id_uq` ON `xero_apps` (`client_id`);--> statement-breakpoint
CREATE INDEX `apps_env_name_idx` ON `xero_apps` (`environment`,`name`);