ALTER TABLE `apps` ADD `scopes` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
-- Custom Connections made before scopes could be configured keep the broad scopes they could ask for (DEFAULT_CUSTOM_SCOPES).
UPDATE `apps` SET `scopes` = '["accounting.settings","accounting.settings.read","accounting.contacts","accounting.contacts.read","accounting.transactions","accounting.transactions.read"]' WHERE `auth_type` = 'custom';
