import type { Kysely } from 'kysely'

/**
 * Incident lists are read newest first (created_at desc, then id): along this index a page costs
 * the rows it returns, not a sort of every incident the hub holds.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('incident_list_idx').on('incident').columns(['created_at desc', 'id']).execute()
}
