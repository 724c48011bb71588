import { sql, type Kysely } from 'kysely'
import type { DialectHelpers } from '../db'
import { sightingOfRefSql } from '../intel-json'

/**
 * Sightings are aggregated per sighted object: an index on the sighting's `sighting_of_ref`
 * (then type and is_latest, so that the planner prefers it to the type index without statistics),
 * read from its stored JSON, over sighting rows only (a partial expression index, so that the
 * import of other objects never parses their JSON for it).
 */
export async function up(db: Kysely<unknown>, d: DialectHelpers): Promise<void> {
  await sql`create index intel_sighting_of_idx on intel_object (${sightingOfRefSql(d.name, 'json')}, type, is_latest) where type = 'sighting'`.execute(db)
}
