DROP INDEX `conn_end_user_idx`;--> statement-breakpoint
CREATE INDEX `conn_end_user_idx` ON `connections` (`end_user_id`) WHERE end_user_id is not null;--> statement-breakpoint
DROP INDEX `grants_end_user_idx`;--> statement-breakpoint
CREATE INDEX `grants_end_user_idx` ON `grants` (`end_user_id`) WHERE end_user_id is not null;