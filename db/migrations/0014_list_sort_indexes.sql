CREATE INDEX `conn_status_name_idx` ON `connections` (`status`,`tenant_name`);--> statement-breakpoint
CREATE INDEX `conn_created_idx` ON `connections` (`xero_created_at`);--> statement-breakpoint
CREATE INDEX `conn_updated_idx` ON `connections` (`xero_updated_at`);--> statement-breakpoint
CREATE INDEX `apps_name_idx` ON `xero_apps` (`name`);