import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`annual_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`year\` numeric,
  	\`site_code\` text,
  	\`domain\` text,
  	\`budget_operating_budget\` numeric,
  	\`budget_staff_count\` numeric,
  	\`budget_security_checks\` numeric,
  	\`budget_problems_found\` numeric,
  	\`budget_problems_fixed\` numeric,
  	\`figures\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`annual_reports_year_idx\` ON \`annual_reports\` (\`year\`);`)
  await db.run(sql`CREATE INDEX \`annual_reports_updated_at_idx\` ON \`annual_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`annual_reports_created_at_idx\` ON \`annual_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`annual_reports__status_idx\` ON \`annual_reports\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`annual_reports_locales\` (
  	\`site_name\` text,
  	\`organiser\` text,
  	\`notes\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`annual_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`annual_reports_locales_locale_parent_id_unique\` ON \`annual_reports_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`annual_reports_locales_parent_id_idx\` ON \`annual_reports_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_annual_reports_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_year\` numeric,
  	\`version_site_code\` text,
  	\`version_domain\` text,
  	\`version_budget_operating_budget\` numeric,
  	\`version_budget_staff_count\` numeric,
  	\`version_budget_security_checks\` numeric,
  	\`version_budget_problems_found\` numeric,
  	\`version_budget_problems_fixed\` numeric,
  	\`version_figures\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`annual_reports\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_annual_reports_v_parent_idx\` ON \`_annual_reports_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_annual_reports_v_version_version_year_idx\` ON \`_annual_reports_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_annual_reports_v_version_version_updated_at_idx\` ON \`_annual_reports_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_annual_reports_v_version_version_created_at_idx\` ON \`_annual_reports_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_annual_reports_v_version_version__status_idx\` ON \`_annual_reports_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_annual_reports_v_created_at_idx\` ON \`_annual_reports_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_annual_reports_v_updated_at_idx\` ON \`_annual_reports_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_annual_reports_v_snapshot_idx\` ON \`_annual_reports_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_annual_reports_v_published_locale_idx\` ON \`_annual_reports_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_annual_reports_v_latest_idx\` ON \`_annual_reports_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_annual_reports_v_locales\` (
  	\`version_site_name\` text,
  	\`version_organiser\` text,
  	\`version_notes\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_annual_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_annual_reports_v_locales_locale_parent_id_unique\` ON \`_annual_reports_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_annual_reports_v_locales_parent_id_idx\` ON \`_annual_reports_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_health_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`news_amber_days\` numeric DEFAULT 10 NOT NULL,
  	\`news_stale_days\` numeric DEFAULT 14 NOT NULL,
  	\`notice_amber_days\` numeric DEFAULT 150 NOT NULL,
  	\`notice_stale_days\` numeric DEFAULT 183 NOT NULL,
  	\`inquiry_fail_days\` numeric DEFAULT 90 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`site_health_state\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`links_checked_at\` text,
  	\`broken_links\` text,
  	\`unreachable_links\` text,
  	\`digest_levels\` text,
  	\`digest_at\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`guides_locales\` ADD \`basis\` text;`)
  await db.run(sql`ALTER TABLE \`guides_locales\` ADD \`conditions\` text;`)
  await db.run(sql`ALTER TABLE \`_guides_v_locales\` ADD \`version_basis\` text;`)
  await db.run(sql`ALTER TABLE \`_guides_v_locales\` ADD \`version_conditions\` text;`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`page_path\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`annual_reports_id\` integer REFERENCES annual_reports(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_annual_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`annual_reports_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`annual_reports\`;`)
  await db.run(sql`DROP TABLE \`annual_reports_locales\`;`)
  await db.run(sql`DROP TABLE \`_annual_reports_v\`;`)
  await db.run(sql`DROP TABLE \`_annual_reports_v_locales\`;`)
  await db.run(sql`DROP TABLE \`site_health_settings\`;`)
  await db.run(sql`DROP TABLE \`site_health_state\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`projects_id\` integer,
  	\`parks_id\` integer,
  	\`policies_id\` integer,
  	\`news_id\` integer,
  	\`guides_id\` integer,
  	\`media_id\` integer,
  	\`inquiries_id\` integer,
  	\`users_id\` integer,
  	\`service_accounts_id\` integer,
  	\`search_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`projects_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`parks_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policies_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`inquiries_id\`) REFERENCES \`inquiries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_accounts_id\`) REFERENCES \`service_accounts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_id\`) REFERENCES \`search\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "projects_id", "parks_id", "policies_id", "news_id", "guides_id", "media_id", "inquiries_id", "users_id", "service_accounts_id", "search_id") SELECT "id", "order", "parent_id", "path", "projects_id", "parks_id", "policies_id", "news_id", "guides_id", "media_id", "inquiries_id", "users_id", "service_accounts_id", "search_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_projects_id_idx\` ON \`payload_locked_documents_rels\` (\`projects_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parks_id_idx\` ON \`payload_locked_documents_rels\` (\`parks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policies_id_idx\` ON \`payload_locked_documents_rels\` (\`policies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_guides_id_idx\` ON \`payload_locked_documents_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inquiries_id_idx\` ON \`payload_locked_documents_rels\` (\`inquiries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_accounts_id_idx\` ON \`payload_locked_documents_rels\` (\`service_accounts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_id_idx\` ON \`payload_locked_documents_rels\` (\`search_id\`);`)
  await db.run(sql`ALTER TABLE \`guides_locales\` DROP COLUMN \`basis\`;`)
  await db.run(sql`ALTER TABLE \`guides_locales\` DROP COLUMN \`conditions\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v_locales\` DROP COLUMN \`version_basis\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v_locales\` DROP COLUMN \`version_conditions\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`page_path\`;`)
}
