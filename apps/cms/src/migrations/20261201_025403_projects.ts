import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`projects\` ADD \`brochure_language\` text DEFAULT 'zh';`)
  await db.run(sql`ALTER TABLE \`_projects_v\` ADD \`version_brochure_language\` text DEFAULT 'zh';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`projects\` DROP COLUMN \`brochure_language\`;`)
  await db.run(sql`ALTER TABLE \`_projects_v\` DROP COLUMN \`version_brochure_language\`;`)
}
