import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`companies_sectors\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`companies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`companies_sectors_order_idx\` ON \`companies_sectors\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`companies_sectors_parent_idx\` ON \`companies_sectors\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`companies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`credit_code\` text,
  	\`investor_type\` text DEFAULT 'domestic' NOT NULL,
  	\`source\` text,
  	\`home_province\` text,
  	\`home_city\` text,
  	\`owner_id\` integer,
  	\`notes\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`companies_name_idx\` ON \`companies\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`companies_investor_type_idx\` ON \`companies\` (\`investor_type\`);`)
  await db.run(sql`CREATE INDEX \`companies_source_idx\` ON \`companies\` (\`source\`);`)
  await db.run(sql`CREATE INDEX \`companies_owner_idx\` ON \`companies\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`companies_updated_at_idx\` ON \`companies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`companies_created_at_idx\` ON \`companies\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`companies_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`projects_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`companies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`projects_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`companies_rels_order_idx\` ON \`companies_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`companies_rels_parent_idx\` ON \`companies_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`companies_rels_path_idx\` ON \`companies_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`companies_rels_projects_id_idx\` ON \`companies_rels\` (\`projects_id\`);`)
  await db.run(sql`CREATE TABLE \`contacts_sectors\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contacts_sectors_order_idx\` ON \`contacts_sectors\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`contacts_sectors_parent_idx\` ON \`contacts_sectors\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`contacts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`position\` text,
  	\`company_id\` integer,
  	\`phone\` text,
  	\`email\` text,
  	\`wechat\` text,
  	\`investor_type\` text DEFAULT 'domestic' NOT NULL,
  	\`source\` text,
  	\`home_province\` text,
  	\`home_city\` text,
  	\`owner_id\` integer,
  	\`notes\` text,
  	\`processing_basis\` text DEFAULT 'consent' NOT NULL,
  	\`consent_at\` text,
  	\`retention_basis\` text DEFAULT 'none' NOT NULL,
  	\`last_activity_at\` text,
  	\`anonymised_at\` text,
  	\`phone_key\` text,
  	\`email_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`company_id\`) REFERENCES \`companies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`owner_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`contacts_name_idx\` ON \`contacts\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`contacts_company_idx\` ON \`contacts\` (\`company_id\`);`)
  await db.run(sql`CREATE INDEX \`contacts_investor_type_idx\` ON \`contacts\` (\`investor_type\`);`)
  await db.run(sql`CREATE INDEX \`contacts_source_idx\` ON \`contacts\` (\`source\`);`)
  await db.run(sql`CREATE INDEX \`contacts_owner_idx\` ON \`contacts\` (\`owner_id\`);`)
  await db.run(sql`CREATE INDEX \`contacts_retention_basis_idx\` ON \`contacts\` (\`retention_basis\`);`)
  await db.run(sql`CREATE INDEX \`contacts_last_activity_at_idx\` ON \`contacts\` (\`last_activity_at\`);`)
  await db.run(sql`CREATE INDEX \`contacts_phone_key_idx\` ON \`contacts\` (\`phone_key\`);`)
  await db.run(sql`CREATE INDEX \`contacts_email_key_idx\` ON \`contacts\` (\`email_key\`);`)
  await db.run(sql`CREATE INDEX \`contacts_updated_at_idx\` ON \`contacts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contacts_created_at_idx\` ON \`contacts\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`projects\` ADD \`code\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`projects_code_idx\` ON \`projects\` (\`code\`);`)
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_code\` text;`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_code_idx\` ON \`_projects_v\` (\`version_code\`);`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`investor_contact_id\` integer REFERENCES contacts(id);`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`investor_company_id\` integer REFERENCES companies(id);`)
  await db.run(sql`CREATE INDEX \`inquiries_investor_contact_idx\` ON \`inquiries\` (\`investor_contact_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_investor_company_idx\` ON \`inquiries\` (\`investor_company_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`companies_id\` integer REFERENCES companies(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`contacts_id\` integer REFERENCES contacts(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_companies_id_idx\` ON \`payload_locked_documents_rels\` (\`companies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contacts_id_idx\` ON \`payload_locked_documents_rels\` (\`contacts_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`companies_sectors\`;`)
  await db.run(sql`DROP TABLE \`companies\`;`)
  await db.run(sql`DROP TABLE \`companies_rels\`;`)
  await db.run(sql`DROP TABLE \`contacts_sectors\`;`)
  await db.run(sql`DROP TABLE \`contacts\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_inquiries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`type\` text NOT NULL,
  	\`project_id\` integer,
  	\`project_slug\` text,
  	\`name\` text NOT NULL,
  	\`phone\` text,
  	\`email\` text,
  	\`organisation\` text,
  	\`province\` text,
  	\`city\` text,
  	\`industry\` text,
  	\`intent\` text,
  	\`message\` text NOT NULL,
  	\`consent\` integer DEFAULT false,
  	\`consent_at\` text,
  	\`public_reply\` text,
  	\`replied_at\` text,
  	\`tracking_number\` text NOT NULL,
  	\`status\` text DEFAULT 'received' NOT NULL,
  	\`assignee_id\` integer,
  	\`reply_due_at\` text,
  	\`closed_at\` text,
  	\`anonymised_at\` text,
  	\`submitted_at\` text NOT NULL,
  	\`locale\` text DEFAULT 'zh' NOT NULL,
  	\`submission_id\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`project_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assignee_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_inquiries\`("id", "type", "project_id", "project_slug", "name", "phone", "email", "organisation", "province", "city", "industry", "intent", "message", "consent", "consent_at", "public_reply", "replied_at", "tracking_number", "status", "assignee_id", "reply_due_at", "closed_at", "anonymised_at", "submitted_at", "locale", "submission_id", "updated_at", "created_at") SELECT "id", "type", "project_id", "project_slug", "name", "phone", "email", "organisation", "province", "city", "industry", "intent", "message", "consent", "consent_at", "public_reply", "replied_at", "tracking_number", "status", "assignee_id", "reply_due_at", "closed_at", "anonymised_at", "submitted_at", "locale", "submission_id", "updated_at", "created_at" FROM \`inquiries\`;`)
  await db.run(sql`DROP TABLE \`inquiries\`;`)
  await db.run(sql`ALTER TABLE \`__new_inquiries\` RENAME TO \`inquiries\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`inquiries_type_idx\` ON \`inquiries\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_project_idx\` ON \`inquiries\` (\`project_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_phone_idx\` ON \`inquiries\` (\`phone\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_email_idx\` ON \`inquiries\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_tracking_number_idx\` ON \`inquiries\` (\`tracking_number\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_status_idx\` ON \`inquiries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_assignee_idx\` ON \`inquiries\` (\`assignee_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_reply_due_at_idx\` ON \`inquiries\` (\`reply_due_at\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_closed_at_idx\` ON \`inquiries\` (\`closed_at\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_submitted_at_idx\` ON \`inquiries\` (\`submitted_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`inquiries_submission_id_idx\` ON \`inquiries\` (\`submission_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_updated_at_idx\` ON \`inquiries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_created_at_idx\` ON \`inquiries\` (\`created_at\`);`)
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
  await db.run(sql`DROP INDEX \`projects_code_idx\`;`)
  await db.run(sql`ALTER TABLE \`projects\` DROP COLUMN \`code\`;`)
  await db.run(sql`DROP INDEX \`_projects_v_version_version_code_idx\`;`)
  await db.run(sql`ALTER TABLE \`_projects_v\` DROP COLUMN \`version_code\`;`)
}
