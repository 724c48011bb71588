import type { Kysely } from 'kysely'
import type { DialectHelpers } from '../db'

/**
 * TAXII 2.1: collections page their objects by date added, then row id (the keyset of a TAXII
 * `next`), so that index serves every page at the cost of its rows. It replaces the index on date
 * added alone, which it covers: PostgreSQL preferred the narrower one and sorted every object of
 * an import (all added at one instant) to find a page. A POST's status resource is kept for the
 * organization (and world) that posted it, to be read again later.
 */
export async function up(db: Kysely<unknown>, _d: DialectHelpers): Promise<void> {
  await db.schema.createIndex('intel_object_added_row_idx').on('intel_object').columns(['date_added', 'row_id']).execute()
  await db.schema.dropIndex('intel_object_added_idx').execute()
  await db.schema
    .createTable('taxii_status')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('exercise_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('json', 'text', (c) => c.notNull())
    .execute()
}
