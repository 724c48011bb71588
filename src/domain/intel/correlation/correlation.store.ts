/**
 * The queries of correlation: over the value -> postings index (intel_posting) joined to the
 * latest version of each object. Every query takes a batch of keys (IN lists of at most
 * KEY_BATCH), never one value at a time.
 */
import { isOneOf } from '../../../store/in-list'
import type { Tx } from '../../../store/tx'
import { inWorld } from '../../../tlp'

export const KEY_BATCH = 500

/** How many distinct objects (latest versions) hold each key in the scope. */
export async function holderCounts(tx: Tx, keys: readonly string[], exerciseId: string | null): Promise<Map<string, number>> {
  const rows = await tx
    .selectFrom('intel_posting as p')
    .innerJoin('intel_object as o', 'o.row_id', 'p.row_id')
    .select(['p.key', (eb) => eb.fn.count<number>('p.stix_id').distinct().as('n')])
    .where(isOneOf(tx, 'p.key', keys, KEY_BATCH))
    // Exercise traffic and real traffic never meet: postings match only within one world.
    .where(inWorld('p.exercise_id', exerciseId))
    .where('o.is_latest', '=', 1)
    .groupBy('p.key')
    .execute()
  return new Map(rows.map((r) => [r.key, Number(r.n)]))
}

export interface Holding {
  key: string
  rowId: number
  stixId: string
  type: string
  orgId: string
  userId: string | null
  markingId: string
}

/** The current (latest, not revoked) objects holding each key in the scope. */
export async function holdingsOf(tx: Tx, keys: readonly string[], exerciseId: string | null): Promise<Holding[]> {
  const rows = await tx
    .selectFrom('intel_posting as p')
    .innerJoin('intel_object as o', 'o.row_id', 'p.row_id')
    .select(['p.key', 'p.row_id', 'o.id', 'o.type', 'o.org_id', 'o.user_id', 'o.marking_id'])
    .where(isOneOf(tx, 'p.key', keys, KEY_BATCH))
    // Exercise traffic and real traffic never meet: postings match only within one world.
    .where(inWorld('p.exercise_id', exerciseId))
    .where('o.is_latest', '=', 1)
    .where('o.revoked', '=', 0)
    .execute()
  return rows.map((r) => ({ key: r.key, rowId: Number(r.row_id), stixId: r.id, type: r.type, orgId: r.org_id, userId: r.user_id, markingId: r.marking_id }))
}

/** The rows behind the new postings (their type, uploading user and marking). */
export async function newRows(tx: Tx, rowIds: readonly number[]): Promise<Map<number, Omit<Holding, 'key'>>> {
  const out = new Map<number, Omit<Holding, 'key'>>()
  for (let i = 0; i < rowIds.length; i += KEY_BATCH) {
    const rows = await tx
      .selectFrom('intel_object')
      .select(['row_id', 'id', 'type', 'org_id', 'user_id', 'marking_id'])
      .where('row_id', 'in', rowIds.slice(i, i + KEY_BATCH))
      .execute()
    for (const r of rows) out.set(Number(r.row_id), { rowId: Number(r.row_id), stixId: r.id, type: r.type, orgId: r.org_id, userId: r.user_id, markingId: r.marking_id })
  }
  return out
}

/**
 * (key, object) pairs among the given ones that an earlier version of the same object already
 * held in the same world: that value was correlated when the earlier version came, so a new
 * version stays quiet (another world's copy says nothing about this one).
 */
export async function heldByEarlierVersions(tx: Tx, exerciseId: string | null, keys: readonly string[], stixIds: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0 || stixIds.length === 0) return new Set()
  const out = new Set<string>()
  for (let i = 0; i < stixIds.length; i += KEY_BATCH) {
    const rows = await tx
      .selectFrom('intel_posting')
      .select(['key', 'stix_id'])
      .where(isOneOf(tx, 'key', keys, KEY_BATCH))
      .where(isOneOf(tx, 'stix_id', stixIds.slice(i, i + KEY_BATCH), KEY_BATCH))
      .where(inWorld('intel_posting.exercise_id', exerciseId))
      .groupBy(['key', 'stix_id'])
      .having((eb) => eb.fn.countAll(), '>', 1)
      .execute()
    for (const r of rows) out.add(`${r.key}\n${r.stix_id}`)
  }
  return out
}
