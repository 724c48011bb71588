import type { Kysely } from 'kysely'
import type { DialectHelpers } from '../db'

/**
 * The exercise wall on every marked table: `exercise_id` (null: the real world) on the incident
 * support tables, which had none; intel objects, postings and the outbox carry it since 0002 and
 * 0200. Existing rows are real-world rows (null), as they were. Indexes lead with the world where
 * a read lists by it; reads by id need none (the world is checked on the row found).
 * intel_object deliberately gets no world index: without statistics SQLite takes an equality on
 * its first column for the most selective term and would walk a whole world instead of probing
 * ids (the import's version check, reads by id); its reads go through the id, key, type and
 * incident indexes, and pages by row id.
 */
const TABLES = ['capability', 'incident', 'incident_timeline', 'assistance_request', 'assistance_offer'] as const

export async function up(db: Kysely<unknown>, _d: DialectHelpers): Promise<void> {
  for (const table of TABLES) await db.schema.alterTable(table).addColumn('exercise_id', 'text').execute()
  // Incident lists are per world, newest first; capability candidates per world and category.
  await db.schema.createIndex('incident_world_idx').on('incident').columns(['exercise_id', 'created_at']).execute()
  await db.schema.createIndex('capability_world_idx').on('capability').columns(['exercise_id', 'category']).execute()
}
