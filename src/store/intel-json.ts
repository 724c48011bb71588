/**
 * The few reads of intel JSON that need the database's own JSON functions. They differ by
 * dialect, so they live here; the expressions must stay identical to the ones the indexes of
 * migrations/0250_intel_sightings.ts were built on, or the indexes go unused.
 */
import { sql, type RawBuilder } from 'kysely'
import { dialectOf, type Db, type DialectName } from './db'
import type { Tx } from './tx'

export function sightingOfRefSql(dialect: DialectName, jsonColumn: string): RawBuilder<string | null> {
  return dialect === 'postgres'
    ? sql<string | null>`((${sql.ref(jsonColumn)}::jsonb) ->> 'sighting_of_ref')`
    : sql<string | null>`json_extract(${sql.ref(jsonColumn)}, '$.sighting_of_ref')`
}

/** The `sighting_of_ref` of a sighting row's JSON, as the sightings index sees it. */
export const sightingOfRef = (db: Db | Tx, jsonColumn: string): RawBuilder<string | null> => sightingOfRefSql(dialectOf(db), jsonColumn)
