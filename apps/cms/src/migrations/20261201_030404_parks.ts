import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
  await db.run(sql`ALTER TABLE \`parks\` ADD \`available_land_mu\` numeric;`)
  await db.run(sql`ALTER TABLE \`parks\` ADD \`factory_space_sqm\` numeric;`)
  await db.run(sql`ALTER TABLE \`parks\` ADD \`map_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`parks\` ADD \`map_approval_number\` text;`)
  await db.run(sql`CREATE INDEX \`parks_map_map_image_idx\` ON \`parks\` (\`map_image_id\`);`)
  await db.run(sql`ALTER TABLE \`parks_locales\` ADD \`industries\` text;`)
  await db.run(sql`ALTER TABLE \`parks_locales\` ADD \`map_caption\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`parks_costs\`;`)
  await db.run(sql`DROP TABLE \`parks_costs_locales\`;`)
  await db.run(sql`DROP TABLE \`parks_distances\`;`)
  await db.run(sql`DROP TABLE \`parks_distances_locales\`;`)
  await db.run(sql`DROP TABLE \`parks_contacts\`;`)
  await db.run(sql`DROP TABLE \`parks_contacts_locales\`;`)
  await db.run(sql`DROP TABLE \`parks_map_markers\`;`)
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
  await db.run(sql`ALTER TABLE \`parks_locales\` DROP COLUMN \`industries\`;`)
  await db.run(sql`ALTER TABLE \`parks_locales\` DROP COLUMN \`map_caption\`;`)
}
