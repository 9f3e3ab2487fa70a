import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`follow_ups\` ADD \`company_id\` integer REFERENCES companies(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`follow_ups_company_idx\` ON \`follow_ups\` (\`company_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_follow_ups\` (
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
  await db.run(sql`INSERT INTO \`__new_follow_ups\`("id", "project_id", "date", "kind", "author_id", "text", "next_step", "next_date", "updated_at", "created_at") SELECT "id", "project_id", "date", "kind", "author_id", "text", "next_step", "next_date", "updated_at", "created_at" FROM \`follow_ups\`;`)
  await db.run(sql`DROP TABLE \`follow_ups\`;`)
  await db.run(sql`ALTER TABLE \`__new_follow_ups\` RENAME TO \`follow_ups\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`follow_ups_project_idx\` ON \`follow_ups\` (\`project_id\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_date_idx\` ON \`follow_ups\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_author_idx\` ON \`follow_ups\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_updated_at_idx\` ON \`follow_ups\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_created_at_idx\` ON \`follow_ups\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`project_date_idx\` ON \`follow_ups\` (\`project_id\`,\`date\`);`)
}
