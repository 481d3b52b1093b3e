CREATE TABLE `search_terms` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`ref` text NOT NULL,
	`text` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_terms_ref_uq` ON `search_terms` (`kind`,`ref`);--> statement-breakpoint
CREATE INDEX `search_terms_prefix_idx` ON `search_terms` (`kind`,"text" collate nocase);--> statement-breakpoint
-- The trigram index over search_terms.text (external content: the text is stored once, in search_terms).
CREATE VIRTUAL TABLE `search_fts` USING fts5(`text`, content='search_terms', content_rowid='id', tokenize='trigram');
--> statement-breakpoint
INSERT INTO `search_terms` (`kind`, `ref`, `text`) SELECT 'organisation', `tenant_id`, `name` FROM `organisations`;
--> statement-breakpoint
INSERT INTO `search_terms` (`kind`, `ref`, `text`) SELECT 'grant_email', `id`, `email` FROM `grants`;
--> statement-breakpoint
INSERT INTO `search_terms` (`kind`, `ref`, `text`) SELECT 'grant_name', `id`, `name` FROM `grants`;
--> statement-breakpoint
INSERT INTO `search_terms` (`kind`, `ref`, `text`) SELECT 'end_user_name', `id`, `display_name` FROM `end_users` WHERE `display_name` IS NOT NULL;
--> statement-breakpoint
INSERT INTO `search_terms` (`kind`, `ref`, `text`) SELECT 'end_user_account', `id`, `account_name` FROM `end_users` WHERE `account_name` IS NOT NULL;
--> statement-breakpoint
INSERT INTO `search_fts` (`search_fts`) VALUES ('rebuild');
--> statement-breakpoint
CREATE TRIGGER `search_terms_ins` AFTER INSERT ON `search_terms` BEGIN
	INSERT INTO `search_fts` (`rowid`, `text`) VALUES (new.id, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `search_terms_del` AFTER DELETE ON `search_terms` BEGIN
	INSERT INTO `search_fts` (`search_fts`, `rowid`, `text`) VALUES ('delete', old.id, old.text);
END;
--> statement-breakpoint
CREATE TRIGGER `search_terms_upd` AFTER UPDATE ON `search_terms` BEGIN
	INSERT INTO `search_fts` (`search_fts`, `rowid`, `text`) VALUES ('delete', old.id, old.text);
	INSERT INTO `search_fts` (`rowid`, `text`) VALUES (new.id, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_search_ins` AFTER INSERT ON `organisations` BEGIN
	INSERT INTO `search_terms` (`kind`, `ref`, `text`) VALUES ('organisation', new.tenant_id, new.name);
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_search_upd` AFTER UPDATE OF `tenant_id`, `name` ON `organisations`
	WHEN old.tenant_id IS NOT new.tenant_id OR old.name IS NOT new.name
BEGIN
	UPDATE `search_terms` SET `ref` = new.tenant_id, `text` = new.name WHERE `kind` = 'organisation' AND `ref` = old.tenant_id;
END;
--> statement-breakpoint
CREATE TRIGGER `organisations_search_del` AFTER DELETE ON `organisations` BEGIN
	DELETE FROM `search_terms` WHERE `kind` = 'organisation' AND `ref` = old.tenant_id;
END;
--> statement-breakpoint
CREATE TRIGGER `grants_search_ins` AFTER INSERT ON `grants` BEGIN
	INSERT INTO `search_terms` (`kind`, `ref`, `text`) VALUES ('grant_email', new.id, new.email), ('grant_name', new.id, new.name);
END;
--> statement-breakpoint
CREATE TRIGGER `grants_search_upd` AFTER UPDATE OF `id`, `email`, `name` ON `grants`
	WHEN old.id IS NOT new.id OR old.email IS NOT new.email OR old.name IS NOT new.name
BEGIN
	UPDATE `search_terms` SET `ref` = new.id, `text` = new.email WHERE `kind` = 'grant_email' AND `ref` = old.id;
	UPDATE `search_terms` SET `ref` = new.id, `text` = new.name WHERE `kind` = 'grant_name' AND `ref` = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `grants_search_del` AFTER DELETE ON `grants` BEGIN
	DELETE FROM `search_terms` WHERE `kind` IN ('grant_email', 'grant_name') AND `ref` = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `end_users_search_ins` AFTER INSERT ON `end_users` BEGIN
	INSERT INTO `search_terms` (`kind`, `ref`, `text`) SELECT 'end_user_name', new.id, new.display_name WHERE new.display_name IS NOT NULL;
	INSERT INTO `search_terms` (`kind`, `ref`, `text`) SELECT 'end_user_account', new.id, new.account_name WHERE new.account_name IS NOT NULL;
END;
--> statement-breakpoint
-- Nullable fields: delete and re-add, so a name set, changed or cleared ends in one state.
CREATE TRIGGER `end_users_search_upd` AFTER UPDATE OF `id`, `display_name`, `account_name` ON `end_users`
	WHEN old.id IS NOT new.id OR old.display_name IS NOT new.display_name OR old.account_name IS NOT new.account_name
BEGIN
	DELETE FROM `search_terms` WHERE `kind` IN ('end_user_name', 'end_user_account') AND `ref` = old.id;
	INSERT INTO `search_terms` (`kind`, `ref`, `text`) SELECT 'end_user_name', new.id, new.display_name WHERE new.display_name IS NOT NULL;
	INSERT INTO `search_terms` (`kind`, `ref`, `text`) SELECT 'end_user_account', new.id, new.account_name WHERE new.account_name IS NOT NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `end_users_search_del` AFTER DELETE ON `end_users` BEGIN
	DELETE FROM `search_terms` WHERE `kind` IN ('end_user_name', 'end_user_account') AND `ref` = old.id;
END;
