import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The search index moves to Payload's search plugin: `title_zh` becomes the
 * plugin's `title`, the document reference (`doc_type`, `doc_id`) becomes its
 * polymorphic `doc` relationship in `search_rels`, and `priority` is added.
 * Existing rows are carried over, so search keeps working without a rebuild;
 * rows whose document no longer exists are dropped. The SEO fields keep their
 * columns (`meta_title`, `meta_description` in the `*_locales` tables,
 * `meta_image_id` in the main tables): nothing to move there.
 *
 * The references are set aside in `__search_docs` and `search_rels` is created
 * after the table swap: dropping `search` while a table refers to it with
 * ON DELETE CASCADE would empty that table wherever foreign keys are enforced.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__search_docs\` AS
    SELECT \`id\`, \`doc_type\`, CAST(\`doc_id\` AS integer) AS \`doc_id\` FROM \`search\`
    WHERE (\`doc_type\` = 'projects' AND CAST(\`doc_id\` AS integer) IN (SELECT \`id\` FROM \`projects\`))
       OR (\`doc_type\` = 'policies' AND CAST(\`doc_id\` AS integer) IN (SELECT \`id\` FROM \`policies\`))
       OR (\`doc_type\` = 'news' AND CAST(\`doc_id\` AS integer) IN (SELECT \`id\` FROM \`news\`))
       OR (\`doc_type\` = 'guides' AND CAST(\`doc_id\` AS integer) IN (SELECT \`id\` FROM \`guides\`));`)
  await db.run(sql`CREATE TABLE \`__new_search\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`priority\` numeric,
  	\`slug\` text NOT NULL,
  	\`title_en\` text,
  	\`text_zh\` text,
  	\`text_en\` text,
  	\`date\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_search\`("id", "title", "priority", "slug", "title_en", "text_zh", "text_en", "date", "updated_at", "created_at")
    SELECT "id", "title_zh", 0, "slug", "title_en", "text_zh", "text_en", "date", "updated_at", "created_at" FROM \`search\`
    WHERE "id" IN (SELECT "id" FROM \`__search_docs\`);`)
  await db.run(sql`DROP TABLE \`search\`;`)
  await db.run(sql`ALTER TABLE \`__new_search\` RENAME TO \`search\`;`)
  await db.run(sql`CREATE INDEX \`search_date_idx\` ON \`search\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`search_updated_at_idx\` ON \`search\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`search_created_at_idx\` ON \`search\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`search_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`projects_id\` integer,
  	\`policies_id\` integer,
  	\`news_id\` integer,
  	\`guides_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`search\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`projects_id\`) REFERENCES \`projects\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policies_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`search_rels_order_idx\` ON \`search_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`search_rels_parent_idx\` ON \`search_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`search_rels_path_idx\` ON \`search_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`search_rels_projects_id_idx\` ON \`search_rels\` (\`projects_id\`);`)
  await db.run(sql`CREATE INDEX \`search_rels_policies_id_idx\` ON \`search_rels\` (\`policies_id\`);`)
  await db.run(sql`CREATE INDEX \`search_rels_news_id_idx\` ON \`search_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`search_rels_guides_id_idx\` ON \`search_rels\` (\`guides_id\`);`)
  // One relationship row per entry, as Payload writes a single polymorphic relationship: no `order`.
  await db.run(sql`INSERT INTO \`search_rels\` ("parent_id", "path", "projects_id", "policies_id", "news_id", "guides_id")
    SELECT "id", 'doc',
      CASE WHEN "doc_type" = 'projects' THEN "doc_id" END,
      CASE WHEN "doc_type" = 'policies' THEN "doc_id" END,
      CASE WHEN "doc_type" = 'news' THEN "doc_id" END,
      CASE WHEN "doc_type" = 'guides' THEN "doc_id" END
    FROM \`__search_docs\`;`)
  await db.run(sql`DROP TABLE \`__search_docs\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}

/** Back to the hand-written index: the plugin's rows become `doc_type`/`doc_id` rows again. */
export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_search\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`doc_type\` text NOT NULL,
  	\`doc_id\` text NOT NULL,
  	\`slug\` text NOT NULL,
  	\`title_zh\` text NOT NULL,
  	\`title_en\` text,
  	\`text_zh\` text,
  	\`text_en\` text,
  	\`date\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_search\`("id", "doc_type", "doc_id", "slug", "title_zh", "title_en", "text_zh", "text_en", "date", "updated_at", "created_at")
    SELECT s."id",
      CASE WHEN r."projects_id" IS NOT NULL THEN 'projects' WHEN r."policies_id" IS NOT NULL THEN 'policies'
           WHEN r."news_id" IS NOT NULL THEN 'news' ELSE 'guides' END,
      CAST(COALESCE(r."projects_id", r."policies_id", r."news_id", r."guides_id") AS text),
      s."slug", COALESCE(s."title", ''), s."title_en", s."text_zh", s."text_en", s."date", s."updated_at", s."created_at"
    FROM \`search\` s JOIN \`search_rels\` r ON r."parent_id" = s."id" AND r."path" = 'doc';`)
  await db.run(sql`DROP TABLE \`search_rels\`;`)
  await db.run(sql`DROP TABLE \`search\`;`)
  await db.run(sql`ALTER TABLE \`__new_search\` RENAME TO \`search\`;`)
  await db.run(sql`CREATE INDEX \`search_doc_type_idx\` ON \`search\` (\`doc_type\`);`)
  await db.run(sql`CREATE INDEX \`search_doc_id_idx\` ON \`search\` (\`doc_id\`);`)
  await db.run(sql`CREATE INDEX \`search_date_idx\` ON \`search\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`search_updated_at_idx\` ON \`search\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`search_created_at_idx\` ON \`search\` (\`created_at\`);`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}
