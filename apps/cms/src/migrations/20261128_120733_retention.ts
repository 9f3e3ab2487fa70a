import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`closed_at\` text;`)
  await db.run(sql`ALTER TABLE \`inquiries\` ADD \`anonymised_at\` text;`)
  await db.run(sql`CREATE INDEX \`inquiries_closed_at_idx\` ON \`inquiries\` (\`closed_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`inquiry_settings\` ADD \`retention_days\` numeric DEFAULT 730 NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`DROP INDEX \`inquiries_closed_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`closed_at\`;`)
  await db.run(sql`ALTER TABLE \`inquiries\` DROP COLUMN \`anonymised_at\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
  await db.run(sql`ALTER TABLE \`inquiry_settings\` DROP COLUMN \`retention_days\`;`)
}
