import type { Kysely } from 'kysely'
import type { DialectHelpers } from '../db'

/**
 * The exercise wall on every marked table: `exercise_id` (null: the real world) on the incident
 * support tables, which had none; intel objects, postings and the outbox carry it since 0002 and
 * 0200. Existing rows are real-world rows (null), as they were. Indexes lead with the world where
 * a read lists by it; reads by id need none (the world is checked on the row found).
 */
const TABLES = ['capability', 'incident', 'incident_timeline', 'assistance_request', 'assistance_offer'] as const

export async function up(db: Kysely<unknown>, _d: DialectHelpers): Promise<void> {
  for (const table of TABLES) await db.schema.alterTable(table).addColumn('exercise_id', 'text').execute()
  // Incident lists are per world, newest first; capability candidates per world and category.
  await db.schema.createIndex('incident_world_idx').on('incident').columns(['exercise_id', 'created_at']).execute()
  await db.schema.createIndex('capability_world_idx').on('capability').columns(['exercise_id', 'category']).execute()
  // Intel lists and exports walk one world in row order.
  await db.schema.createIndex('intel_object_world_idx').on('intel_object').columns(['exercise_id', 'row_id']).execute()
}
