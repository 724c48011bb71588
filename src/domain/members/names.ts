import { sql } from 'kysely'
import { unprocessable } from '../../core/errors'
import type { Db } from '../../store/db'
import type { Tx } from '../../store/tx'

/** Names of organizations and users by id, for answers people read. */
export interface Names {
  orgs: ReadonlyMap<string, string>
  users: ReadonlyMap<string, string>
}

/**
 * Reads the names of the given ids in one query, however many rows an answer holds. Callers
 * pass only ids their answer already shows: organization names are the public member
 * directory, and a user's display name is given only beside an id the caller may read.
 * Ids that name nothing (`system`, deleted or foreign values) are simply absent from the maps.
 */
export async function namesOf(q: Db | Tx, ids: { orgIds?: Iterable<string | null>; userIds?: Iterable<string | null> }): Promise<Names> {
  const orgIds = distinct(ids.orgIds)
  const userIds = distinct(ids.userIds)
  const orgs = new Map<string, string>()
  const users = new Map<string, string>()
  if (orgIds.length + userIds.length === 0) return { orgs, users }
  // One round trip for both kinds; an empty list still makes a valid (empty) branch.
  const rows = await q
    .selectFrom('org')
    .select([sql<string>`'o'`.as('kind'), 'id', 'name'])
    .where('id', 'in', orgIds.length > 0 ? orgIds : [''])
    .unionAll(q.selectFrom('app_user').select([sql<string>`'u'`.as('kind'), 'id', 'display_name as name']).where('id', 'in', userIds.length > 0 ? userIds : ['']))
    .execute()
  for (const r of rows) (r.kind === 'o' ? orgs : users).set(r.id, r.name)
  return { orgs, users }
}

function distinct(ids: Iterable<string | null> | undefined): string[] {
  const out = new Set<string>()
  for (const id of ids ?? []) if (id !== null && id !== '') out.add(id)
  return [...out]
}

/** The name of an id in a map, or null when it names nothing known. */
export const nameIn = (names: ReadonlyMap<string, string>, id: string | null): string | null => (id === null ? null : (names.get(id) ?? null))

/** The id of an organization named by id or by name, or null when it names none. */
export async function orgIdOf(q: Db | Tx, ref: string): Promise<string | null> {
  const rows = await q.selectFrom('org').select(['id', 'name']).where((eb) => eb.or([eb('id', '=', ref), eb('name', '=', ref)])).execute()
  return (rows.find((r) => r.id === ref) ?? rows[0])?.id ?? null
}

/**
 * Organizations named by id or by name, as ids, in the order given: one query. A reference that
 * names no organization is a 422 pointing at it (`${pointer}/${index}`), so nothing is written.
 */
export async function orgIdsOf(q: Db | Tx, refs: readonly string[], pointer: string): Promise<string[]> {
  if (refs.length === 0) return []
  const wanted = [...new Set(refs)]
  const rows = await q.selectFrom('org').select(['id', 'name']).where((eb) => eb.or([eb('id', 'in', wanted), eb('name', 'in', wanted)])).execute()
  const byId = new Map(rows.map((r) => [r.id, r.id]))
  const byName = new Map(rows.map((r) => [r.name, r.id]))
  return refs.map((ref, i) => {
    const id = byId.get(ref) ?? byName.get(ref)
    if (id === undefined) throw unprocessable('unknown_org', `"${ref}" names no organization (by id or name)`, `${pointer}/${i}`)
    return id
  })
}
