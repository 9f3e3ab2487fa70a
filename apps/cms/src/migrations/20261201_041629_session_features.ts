import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`follow_ups\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`project_id\` integer NOT NULL,
  	\`date\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`author_id\` integer,
  	\`text\` text NOT NULL,
  	\`next_step\` text,
  	\`next_date\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`project_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`follow_ups_project_idx\` ON \`follow_ups\` (\`project_id\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_date_idx\` ON \`follow_ups\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_author_idx\` ON \`follow_ups\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_updated_at_idx\` ON \`follow_ups\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_created_at_idx\` ON \`follow_ups\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`project_date_idx\` ON \`follow_ups\` (\`project_id\`,\`date\`);`)
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
  await db.run(sql`CREATE TABLE \`parks_costs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`amount\` numeric NOT NULL,
  	\`amount_max\` numeric,
  	\`confirmed_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`parks_costs_order_idx\` ON \`parks_costs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`parks_costs_parent_id_idx\` ON \`parks_costs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`parks_costs_locales\` (
  	\`note\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`parks_costs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`parks_costs_locales_locale_parent_id_unique\` ON \`parks_costs_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`parks_costs_locales_parent_id_idx\` ON \`parks_costs_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`parks_distances\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`km\` numeric NOT NULL,
  	\`minutes\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`parks_distances_order_idx\` ON \`parks_distances\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`parks_distances_parent_id_idx\` ON \`parks_distances\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`parks_distances_locales\` (
  	\`place\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`parks_distances\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`parks_distances_locales_locale_parent_id_unique\` ON \`parks_distances_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`parks_distances_locales_parent_id_idx\` ON \`parks_distances_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`parks_contacts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`phone\` text,
  	\`email\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`parks_contacts_order_idx\` ON \`parks_contacts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`parks_contacts_parent_id_idx\` ON \`parks_contacts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`parks_contacts_locales\` (
  	\`name\` text,
  	\`role\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`parks_contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`parks_contacts_locales_locale_parent_id_unique\` ON \`parks_contacts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`parks_contacts_locales_parent_id_idx\` ON \`parks_contacts_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`parks_map_markers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`project_id\` integer NOT NULL,
  	\`x\` numeric NOT NULL,
  	\`y\` numeric NOT NULL,
  	FOREIGN KEY (\`project_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`parks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`parks_map_markers_order_idx\` ON \`parks_map_markers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`parks_map_markers_parent_id_idx\` ON \`parks_map_markers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`parks_map_markers_project_idx\` ON \`parks_map_markers\` (\`project_id\`);`)
  await db.run(sql`CREATE TABLE \`policies_applicability_sectors\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policies_applicability_sectors_order_idx\` ON \`policies_applicability_sectors\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`policies_applicability_sectors_parent_idx\` ON \`policies_applicability_sectors\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policies_applicability_investor_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policies_applicability_investor_types_order_idx\` ON \`policies_applicability_investor_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`policies_applicability_investor_types_parent_idx\` ON \`policies_applicability_investor_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policies_benefit_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policies_benefit_types_order_idx\` ON \`policies_benefit_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`policies_benefit_types_parent_idx\` ON \`policies_benefit_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_policies_v_version_applicability_sectors\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_policies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policies_v_version_applicability_sectors_order_idx\` ON \`_policies_v_version_applicability_sectors\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_applicability_sectors_parent_idx\` ON \`_policies_v_version_applicability_sectors\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_policies_v_version_applicability_investor_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_policies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policies_v_version_applicability_investor_types_order_idx\` ON \`_policies_v_version_applicability_investor_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_applicability_investor_types_parent_idx\` ON \`_policies_v_version_applicability_investor_types\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_policies_v_version_benefit_types\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_policies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policies_v_version_benefit_types_order_idx\` ON \`_policies_v_version_benefit_types\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_benefit_types_parent_idx\` ON \`_policies_v_version_benefit_types\` (\`parent_id\`);`)
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
  await db.run(sql`ALTER TABLE \`projects\` ADD \`brochure_language\` text DEFAULT 'zh';`)
  await db.run(sql`ALTER TABLE \`projects\` ADD \`code\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`projects_code_idx\` ON \`projects\` (\`code\`);`)
  // The single internal note of each project becomes the first entry of its
  // follow-up log (kind 备注), dated when the project was last saved and
  // carrying its next follow-up date; nobody can say who wrote it, so no author.
  await db.run(sql`INSERT INTO \`follow_ups\`
    (\`project_id\`, \`date\`, \`kind\`, \`author_id\`, \`text\`, \`next_date\`, \`updated_at\`, \`created_at\`)
    SELECT \`id\`, \`updated_at\`, 'note', NULL, trim(\`tracking_internal_notes\`),
      \`tracking_next_follow_up\`, \`updated_at\`, \`updated_at\`
    FROM \`projects\` WHERE trim(coalesce(\`tracking_internal_notes\`, '')) <> '';`)
  await db.run(sql`ALTER TABLE \`projects\` DROP COLUMN \`tracking_internal_notes\`;`)
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_brochure_language\` text DEFAULT 'zh';`)
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_code\` text;`)
  await db.run(sql`CREATE INDEX \`_projects_v_version_version_code_idx\` ON \`_projects_v\` (\`version_code\`);`)
  await db.run(sql`ALTER TABLE \`_projects_v\` DROP COLUMN \`version_tracking_internal_notes\`;`)
  await db.run(sql`ALTER TABLE \`parks\` ADD \`available_land_mu\` numeric;`)
  await db.run(sql`ALTER TABLE \`parks\` ADD \`factory_space_sqm\` numeric;`)
  await db.run(sql`ALTER TABLE \`parks\` ADD \`map_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`parks\` ADD \`map_approval_number\` text;`)
  await db.run(sql`CREATE INDEX \`parks_map_map_image_idx\` ON \`parks\` (\`map_image_id\`);`)
  await db.run(sql`ALTER TABLE \`parks_locales\` ADD \`industries\` text;`)
  await db.run(sql`ALTER TABLE \`parks_locales\` ADD \`map_caption\` text;`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`repealed_at\` text;`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`applicability_min_investment\` numeric;`)
  await db.run(sql`CREATE INDEX \`policies_repealed_at_idx\` ON \`policies\` (\`repealed_at\`);`)
  await db.run(sql`ALTER TABLE \`policies_locales\` ADD \`benefit\` text;`)
  await db.run(sql`ALTER TABLE \`policies_rels\` ADD \`parks_id\` integer REFERENCES parks(id);`)
  await db.run(sql`CREATE INDEX \`policies_rels_parks_id_idx\` ON \`policies_rels\` (\`parks_id\`);`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_repealed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_applicability_min_investment\` numeric;`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_repealed_at_idx\` ON \`_policies_v\` (\`version_repealed_at\`);`)
  await db.run(sql`ALTER TABLE \`_policies_v_locales\` ADD \`version_benefit\` text;`)
  await db.run(sql`ALTER TABLE \`_policies_v_rels\` ADD \`parks_id\` integer REFERENCES parks(id);`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_parks_id_idx\` ON \`_policies_v_rels\` (\`parks_id\`);`)
  await db.run(sql`ALTER TABLE \`guides_locales\` ADD \`basis\` text;`)
  await db.run(sql`ALTER TABLE \`guides_locales\` ADD \`conditions\` text;`)
  await db.run(sql`ALTER TABLE \`_guides_v_locales\` ADD \`version_basis\` text;`)
  await db.run(sql`ALTER TABLE \`_guides_v_locales\` ADD \`version_conditions\` text;`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`market_post_id\` integer REFERENCES market_posts(id);`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`page_path\` text;`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`investor_contact_id\` integer REFERENCES contacts(id);`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`investor_company_id\` integer REFERENCES companies(id);`)
  await db.run(sql`CREATE INDEX \`inquiries_market_post_idx\` ON \`inquiries\` (\`market_post_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_investor_contact_idx\` ON \`inquiries\` (\`investor_contact_id\`);`)
  await db.run(sql`CREATE INDEX \`inquiries_investor_company_idx\` ON \`inquiries\` (\`investor_company_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`follow_ups_id\` integer REFERENCES follow_ups(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`market_posts_id\` integer REFERENCES market_posts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`companies_id\` integer REFERENCES companies(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`contacts_id\` integer REFERENCES contacts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`annual_reports_id\` integer REFERENCES annual_reports(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_follow_ups_id_idx\` ON \`payload_locked_documents_rels\` (\`follow_ups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_market_posts_id_idx\` ON \`payload_locked_documents_rels\` (\`market_posts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_companies_id_idx\` ON \`payload_locked_documents_rels\` (\`companies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_contacts_id_idx\` ON \`payload_locked_documents_rels\` (\`contacts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_annual_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`annual_reports_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`favicon_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`host_site_url\` text;`)
  await db.run(sql`CREATE INDEX \`site_settings_favicon_idx\` ON \`site_settings\` (\`favicon_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` ADD \`host_site_name\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`follow_ups\`;`)
  await db.run(sql`DROP TABLE \`projects_market_categories\`;`)
  await db.run(sql`DROP TABLE \`_projects_v_version_market_categories\`;`)
  await db.run(sql`DROP TABLE \`parks_costs\`;`)
  await db.run(sql`DROP TABLE \`parks_costs_locales\`;`)
  await db.run(sql`DROP TABLE \`parks_distances\`;`)
  await db.run(sql`DROP TABLE \`parks_distances_locales\`;`)
  await db.run(sql`DROP TABLE \`parks_contacts\`;`)
  await db.run(sql`DROP TABLE \`parks_contacts_locales\`;`)
  await db.run(sql`DROP TABLE \`parks_map_markers\`;`)
  await db.run(sql`DROP TABLE \`policies_applicability_sectors\`;`)
  await db.run(sql`DROP TABLE \`policies_applicability_investor_types\`;`)
  await db.run(sql`DROP TABLE \`policies_benefit_types\`;`)
  await db.run(sql`DROP TABLE \`_policies_v_version_applicability_sectors\`;`)
  await db.run(sql`DROP TABLE \`_policies_v_version_applicability_investor_types\`;`)
  await db.run(sql`DROP TABLE \`_policies_v_version_benefit_types\`;`)
  await db.run(sql`DROP TABLE \`market_posts_certifications\`;`)
  await db.run(sql`DROP TABLE \`market_posts\`;`)
  await db.run(sql`DROP TABLE \`market_posts_locales\`;`)
  await db.run(sql`DROP TABLE \`market_posts_rels\`;`)
  await db.run(sql`DROP TABLE \`companies_sectors\`;`)
  await db.run(sql`DROP TABLE \`companies\`;`)
  await db.run(sql`DROP TABLE \`companies_rels\`;`)
  await db.run(sql`DROP TABLE \`contacts_sectors\`;`)
  await db.run(sql`DROP TABLE \`contacts\`;`)
  await db.run(sql`DROP TABLE \`annual_reports\`;`)
  await db.run(sql`DROP TABLE \`annual_reports_locales\`;`)
  await db.run(sql`DROP TABLE \`_annual_reports_v\`;`)
  await db.run(sql`DROP TABLE \`_annual_reports_v_locales\`;`)
  await db.run(sql`DROP TABLE \`site_health_settings\`;`)
  await db.run(sql`DROP TABLE \`site_health_state\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_parks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`order\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_parks\`("id", "slug", "order", "updated_at", "created_at") SELECT "id", "slug", "order", "updated_at", "created_at" FROM \`parks\`;`)
  await db.run(sql`DROP TABLE \`parks\`;`)
  await db.run(sql`ALTER TABLE \`__new_parks\` RENAME TO \`parks\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`parks_slug_idx\` ON \`parks\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`parks_updated_at_idx\` ON \`parks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`parks_created_at_idx\` ON \`parks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_policies_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_policies_rels\`("id", "order", "parent_id", "path", "media_id") SELECT "id", "order", "parent_id", "path", "media_id" FROM \`policies_rels\`;`)
  await db.run(sql`DROP TABLE \`policies_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_policies_rels\` RENAME TO \`policies_rels\`;`)
  await db.run(sql`CREATE INDEX \`policies_rels_order_idx\` ON \`policies_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`policies_rels_parent_idx\` ON \`policies_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`policies_rels_path_idx\` ON \`policies_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`policies_rels_media_id_idx\` ON \`policies_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__policies_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_policies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__policies_v_rels\`("id", "order", "parent_id", "path", "media_id") SELECT "id", "order", "parent_id", "path", "media_id" FROM \`_policies_v_rels\`;`)
  await db.run(sql`DROP TABLE \`_policies_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__policies_v_rels\` RENAME TO \`_policies_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_order_idx\` ON \`_policies_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_parent_idx\` ON \`_policies_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_path_idx\` ON \`_policies_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_media_id_idx\` ON \`_policies_v_rels\` (\`media_id\`);`)
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
  await db.run(sql`CREATE TABLE \`__new_site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`logo_id\` integer,
  	\`hotline\` text,
  	\`email\` text,
  	\`filing_icp\` text,
  	\`filing_public_security\` text,
  	\`filing_government_site_code\` text,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_site_settings\`("id", "logo_id", "hotline", "email", "filing_icp", "filing_public_security", "filing_government_site_code", "updated_at", "created_at") SELECT "id", "logo_id", "hotline", "email", "filing_icp", "filing_public_security", "filing_government_site_code", "updated_at", "created_at" FROM \`site_settings\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings\` RENAME TO \`site_settings\`;`)
  await db.run(sql`CREATE INDEX \`site_settings_logo_idx\` ON \`site_settings\` (\`logo_id\`);`)
  await db.run(sql`DROP INDEX \`projects_code_idx\`;`)
  await db.run(sql`ALTER TABLE \`projects\` ADD \`tracking_internal_notes\` text;`)
  await db.run(sql`ALTER TABLE \`projects\` DROP COLUMN \`brochure_language\`;`)
  await db.run(sql`ALTER TABLE \`projects\` DROP COLUMN \`code\`;`)
  await db.run(sql`DROP INDEX \`_projects_v_version_version_code_idx\`;`)
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_tracking_internal_notes\` text;`)
  await db.run(sql`ALTER TABLE \`_projects_v\` DROP COLUMN \`version_brochure_language\`;`)
  await db.run(sql`ALTER TABLE \`_projects_v\` DROP COLUMN \`version_code\`;`)
  await db.run(sql`DROP INDEX \`policies_repealed_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`policies\` DROP COLUMN \`repealed_at\`;`)
  await db.run(sql`ALTER TABLE \`policies\` DROP COLUMN \`applicability_min_investment\`;`)
  await db.run(sql`DROP INDEX \`_policies_v_version_version_repealed_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` DROP COLUMN \`version_repealed_at\`;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` DROP COLUMN \`version_applicability_min_investment\`;`)
  await db.run(sql`ALTER TABLE \`parks_locales\` DROP COLUMN \`industries\`;`)
  await db.run(sql`ALTER TABLE \`parks_locales\` DROP COLUMN \`map_caption\`;`)
  await db.run(sql`ALTER TABLE \`policies_locales\` DROP COLUMN \`benefit\`;`)
  await db.run(sql`ALTER TABLE \`_policies_v_locales\` DROP COLUMN \`version_benefit\`;`)
  await db.run(sql`ALTER TABLE \`guides_locales\` DROP COLUMN \`basis\`;`)
  await db.run(sql`ALTER TABLE \`guides_locales\` DROP COLUMN \`conditions\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v_locales\` DROP COLUMN \`version_basis\`;`)
  await db.run(sql`ALTER TABLE \`_guides_v_locales\` DROP COLUMN \`version_conditions\`;`)
  await db.run(sql`ALTER TABLE \`site_settings_locales\` DROP COLUMN \`host_site_name\`;`)
}
