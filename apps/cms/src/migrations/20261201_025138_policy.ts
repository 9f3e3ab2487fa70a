import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`policies_applicability_sectors\`;`)
  await db.run(sql`DROP TABLE \`policies_applicability_investor_types\`;`)
  await db.run(sql`DROP TABLE \`policies_benefit_types\`;`)
  await db.run(sql`DROP TABLE \`_policies_v_version_applicability_sectors\`;`)
  await db.run(sql`DROP TABLE \`_policies_v_version_applicability_investor_types\`;`)
  await db.run(sql`DROP TABLE \`_policies_v_version_benefit_types\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`DROP INDEX \`policies_repealed_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`policies\` DROP COLUMN \`repealed_at\`;`)
  await db.run(sql`ALTER TABLE \`policies\` DROP COLUMN \`applicability_min_investment\`;`)
  await db.run(sql`DROP INDEX \`_policies_v_version_version_repealed_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` DROP COLUMN \`version_repealed_at\`;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` DROP COLUMN \`version_applicability_min_investment\`;`)
  await db.run(sql`ALTER TABLE \`policies_locales\` DROP COLUMN \`benefit\`;`)
  await db.run(sql`ALTER TABLE \`_policies_v_locales\` DROP COLUMN \`version_benefit\`;`)
}
