import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`projects_market_categories\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`projects_market_categories_order_idx\` ON \`projects_market_categories\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`projects_market_categories_parent_idx\` ON \`projects_market_categories\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_projects_v_version_market_categories\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_projects_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_projects_v_version_market_categories_order_idx\` ON \`_projects_v_version_market_categories\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_market_categories_parent_idx\` ON \`_projects_v_version_market_categories\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`market_posts_certifications\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`market_posts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`market_posts_certifications_order_idx\` ON \`market_posts_certifications\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`market_posts_certifications_parent_idx\` ON \`market_posts_certifications\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`market_posts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`category\` text NOT NULL,
  	\`quantity\` numeric NOT NULL,
  	\`unit\` text NOT NULL,
  	\`price\` numeric,
  	\`township\` text NOT NULL,
  	\`available_from\` text NOT NULL,
  	\`available_until\` text,
  	\`poster_name\` text,
  	\`poster_organisation\` text,
  	\`poster_phone\` text,
  	\`poster_email\` text,
  	\`poster_locale\` text DEFAULT 'zh',
  	\`review_status\` text DEFAULT 'pending' NOT NULL,
  	\`review_note\` text,
  	\`expires_at\` text NOT NULL,
  	\`published_at\` text,
  	\`tracking_number\` text,
  	\`inquiry_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`inquiry_id\`) REFERENCES \`inquiries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`market_posts_kind_idx\` ON \`market_posts\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`market_posts_category_idx\` ON \`market_posts\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`market_posts_township_idx\` ON \`market_posts\` (\`township\`);`)
  await db.run(sql`CREATE INDEX \`market_posts_review_status_idx\` ON \`market_posts\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`market_posts_expires_at_idx\` ON \`market_posts\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`market_posts_published_at_idx\` ON \`market_posts\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`market_posts_tracking_number_idx\` ON \`market_posts\` (\`tracking_number\`);`)
  await db.run(sql`CREATE INDEX \`market_posts_inquiry_idx\` ON \`market_posts\` (\`inquiry_id\`);`)
  await db.run(sql`CREATE INDEX \`market_posts_updated_at_idx\` ON \`market_posts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`market_posts_created_at_idx\` ON \`market_posts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`reviewStatus_expiresAt_publishedAt_idx\` ON \`market_posts\` (\`review_status\`,\`expires_at\`,\`published_at\`);`)
  await db.run(sql`CREATE TABLE \`market_posts_locales\` (
  	\`title\` text NOT NULL,
  	\`variety\` text NOT NULL,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`market_posts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`market_posts_locales_locale_parent_id_unique\` ON \`market_posts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`market_posts_locales_parent_id_idx\` ON \`market_posts_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`market_posts_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`market_posts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`market_posts_rels_order_idx\` ON \`market_posts_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`market_posts_rels_parent_idx\` ON \`market_posts_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`market_posts_rels_path_idx\` ON \`market_posts_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`market_posts_rels_media_id_idx\` ON \`market_posts_rels\` (\`media_id\`);`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`market_post_id\` integer REFERENCES market_posts(id);`)
  await db.run(sql`CREATE INDEX \`inquiries_market_post_idx\` ON \`inquiries\` (\`market_post_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`market_posts_id\` integer REFERENCES market_posts(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_market_posts_id_idx\` ON \`payload_locked_documents_rels\` (\`market_posts_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`projects_market_categories\`;`)
  await db.run(sql`DROP TABLE \`_projects_v_version_market_categories\`;`)
  await db.run(sql`DROP TABLE \`market_posts_certifications\`;`)
  await db.run(sql`DROP TABLE \`market_posts\`;`)
  await db.run(sql`DROP TABLE \`market_posts_locales\`;`)
  await db.run(sql`DROP TABLE \`market_posts_rels\`;`)
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
}
