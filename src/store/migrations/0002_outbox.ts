import type { Kysely } from 'kysely'
import type { DialectHelpers } from '../db'

export async function up(db: Kysely<unknown>, d: DialectHelpers): Promise<void> {
  await db.schema
    .createTable('outbox_event')
    .addColumn('seq', d.serialType, d.serialPk)
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('marking_id', 'text', (c) => c.notNull().references('marking.id'))
    .addColumn('exercise_id', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .execute()
  await db.schema.createIndex('outbox_unpublished_idx').on('outbox_event').columns(['published_at', 'seq']).execute()
}
