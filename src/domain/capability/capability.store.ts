import type { Selectable } from 'kysely'
import type { Db } from '../../store/db'
import type { CapabilityTable } from '../../store/schema'
import type { Tx } from '../../store/tx'
import { inWorld, scopeVisibleTo, type Scope } from '../../tlp'
import type { CapabilityView } from './capability.schema'
import type { ServesPolicy } from './capability'
import type { WorkingHours } from './working-hours'

type Q = Db | Tx
export type CapabilityRow = Selectable<CapabilityTable> & { nation: string; tlp: string }

const json = <T>(s: string): T => JSON.parse(s) as T

export function toCapabilityView(r: CapabilityRow): CapabilityView {
  return {
    id: r.id,
    orgId: r.org_id,
    nation: r.nation,
    category: r.category,
    description: r.description,
    capacity: r.capacity,
    languages: json<string[]>(r.languages),
    delivery: r.delivery,
    responseHours: r.response_hours,
    sectors: json<string[]>(r.sectors),
    workingHours: json<WorkingHours & { days: number[] }>(r.working_hours),
    serves: json<ServesPolicy & { only?: string[]; never?: string[] }>(r.serves),
    visibleTo: json<string[] | null>(r.visible_to),
    standby: r.standby_from !== null && r.standby_until !== null ? { from: r.standby_from, until: r.standby_until } : null,
    tlp: r.tlp,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }
}

/** Capabilities with their nation's country code and TLP, only those in the scope (its world, visible to its viewer). */
function visible(q: Q, scope: Scope) {
  return q
    .selectFrom('capability')
    .innerJoin('org as n', 'n.id', 'capability.nation_id')
    .innerJoin('marking as m', 'm.id', 'capability.marking_id')
    .selectAll('capability')
    .select(['n.country as nation', 'm.tlp as tlp'])
    .where(scopeVisibleTo('capability.marking_id', 'capability.exercise_id', scope))
}

const withNation = (r: Omit<CapabilityRow, 'nation'> & { nation: string | null }): CapabilityRow => ({ ...r, nation: r.nation ?? '' })

export async function findVisibleCapability(q: Q, scope: Scope, id: string): Promise<CapabilityRow | null> {
  const r = await visible(q, scope).where('capability.id', '=', id).executeTakeFirst()
  return r ? withNation(r) : null
}

export async function listVisibleCapabilities(
  q: Q,
  scope: Scope,
  f: { category?: string; nationId?: string; limit: number },
): Promise<CapabilityRow[]> {
  let query = visible(q, scope).orderBy('capability.created_at').orderBy('capability.id').limit(f.limit)
  if (f.category !== undefined) query = query.where('capability.category', '=', f.category)
  if (f.nationId !== undefined) query = query.where('capability.nation_id', '=', f.nationId)
  return (await query.execute()).map(withNation)
}

/**
 * One capability of the world `exerciseId` whatever its marking: for the hub's own checks (a
 * coordinator's hand-picked offer), never shown as such.
 */
export async function findCapability(q: Q, exerciseId: string | null, id: string): Promise<CapabilityRow | null> {
  const r = await q
    .selectFrom('capability')
    .innerJoin('org as n', 'n.id', 'capability.nation_id')
    .innerJoin('marking as m', 'm.id', 'capability.marking_id')
    .selectAll('capability')
    .select(['n.country as nation', 'm.tlp as tlp'])
    .where('capability.id', '=', id)
    .where(inWorld('capability.exercise_id', exerciseId))
    .executeTakeFirst()
  return r ? withNation(r) : null
}

export async function insertCapability(q: Q, row: Selectable<CapabilityTable>): Promise<void> {
  await q.insertInto('capability').values(row).execute()
}

export async function updateCapability(q: Q, id: string, row: Partial<Selectable<CapabilityTable>>): Promise<void> {
  await q.updateTable('capability').set(row).where('id', '=', id).execute()
}

/** Every capability of a category in the scope: the candidates matching starts from (an exercise's requests match its own capabilities). */
export async function candidateRows(q: Q, scope: Scope, category: string): Promise<CapabilityRow[]> {
  return (await visible(q, scope).where('capability.category', '=', category).execute()).map(withNation)
}
