/**
 * Test support for correlation and lookup without the import path: orgs written directly, intel
 * objects and their postings inserted as the import path would, then correlateNewPostings run in
 * the same unit of work.
 */
import { ManualClock } from '../../../core/clock'
import { newId } from '../../../core/ids'
import { saveMarking } from '../../../store/marking.store'
import type { Store } from '../../../store/db'
import type { IntelPostingTable } from '../../../store/schema'
import type { Marking } from '../../../tlp'
import type { Deps } from '../../deps'
import { RecordingSink } from '../../events'
import type { Actor } from '../../members'
import { unitOfWork } from '../../unit-of-work'
import { observableKeysOfStix } from '../../../formats/observables'
import { correlateNewPostings, type Posting } from './correlate'
import type { CorrelationSettings } from './settings'

export interface TestWorld {
  deps: Deps
  sink: RecordingSink
  clock: ManualClock
}

export function testWorld(store: Store, correlation?: CorrelationSettings): TestWorld {
  const sink = new RecordingSink()
  const clock = new ManualClock('2026-03-01T09:00:00.000Z')
  return { deps: { db: store.db, clock, events: sink, ...(correlation ? { correlation } : {}) }, sink, clock }
}

/** Writes an organization (under `parentId`) and returns its id. */
export async function addOrg(w: TestWorld, name: string, parentId: string | null, kind = parentId === null ? 'hub' : 'nation'): Promise<string> {
  const id = newId()
  await w.deps.db.insertInto('org').values({ id, name: `${name}-${id.slice(0, 8)}`, kind, country: null, parent_id: parentId, created_at: w.clock.now().toISOString() }).execute()
  return id
}

export const actorOf = (userId: string, orgChain: readonly string[]): Actor => ({
  userId,
  orgId: orgChain[0]!,
  orgChain,
  email: `${userId}@example.org`,
  roles: ['analyst'],
  orgKind: 'nation',
  nationId: null,
  exerciseId: null,
})

export interface AddedObject {
  stixId: string
  rowId: number
  markingId: string
  marking: Marking
  type: string
}

/** A STIX indicator with an equality pattern on the value (e.g. `[ipv4-addr:value = '…']`). */
export const indicatorFor = (pattern: string, id = `indicator--${newId()}`) => ({
  type: 'indicator',
  spec_version: '2.1',
  id,
  created: '2026-03-01T09:00:00.000Z',
  modified: '2026-03-01T09:00:00.000Z',
  pattern,
  pattern_type: 'stix',
  valid_from: '2026-03-01T09:00:00.000Z',
})

/**
 * Inserts objects for `actor` under one marking, with the postings the observables module gives,
 * and correlates them, all in one unit of work (as an import does).
 */
export async function addObjects(
  w: TestWorld,
  actor: Actor,
  marking: Marking,
  objects: Record<string, unknown>[],
  opts: { exerciseId?: string | null; previousVersionOf?: number } = {},
): Promise<AddedObject[]> {
  return unitOfWork(w.deps, async (u) => {
    const markingId = await saveMarking(u.tx, marking, u.at)
    const added: AddedObject[] = []
    const postings: Posting[] = []
    const summaries = new Map<number, Pick<IntelPostingTable, 'type' | 'created' | 'modified' | 'created_by_ref' | 'revoked'>>()
    for (const obj of objects) {
      const stixId = String(obj.id)
      const modified = typeof obj.modified === 'string' ? obj.modified : ''
      if (opts.previousVersionOf !== undefined) await u.tx.updateTable('intel_object').set({ is_latest: 0 }).where('id', '=', stixId).execute()
      const row = await u.tx
        .insertInto('intel_object')
        .values({
          id: stixId,
          type: String(obj.type),
          spec_version: '2.1',
          created: typeof obj.created === 'string' ? obj.created : null,
          modified,
          created_by_ref: typeof obj.created_by_ref === 'string' ? obj.created_by_ref : null,
          revoked: obj.revoked === true ? 1 : 0,
          is_latest: 1,
          marking_id: markingId,
          org_id: actor.orgId,
          user_id: actor.userId,
          date_added: u.at,
          exercise_id: opts.exerciseId ?? null,
          incident_id: null,
          json: JSON.stringify(obj),
        })
        .returning('row_id')
        .executeTakeFirstOrThrow()
      const rowId = Number(row.row_id)
      const keys = observableKeysOfStix({ ...obj, id: stixId, type: String(obj.type) })
      for (const key of keys) postings.push({ key, rowId, stixId, orgId: actor.orgId, markingId, exerciseId: opts.exerciseId ?? null })
      summaries.set(rowId, {
        type: String(obj.type),
        created: typeof obj.created === 'string' ? obj.created : null,
        modified,
        created_by_ref: typeof obj.created_by_ref === 'string' ? obj.created_by_ref : null,
        revoked: obj.revoked === true ? 1 : 0,
      })
      added.push({ stixId, rowId, markingId, marking, type: String(obj.type) })
    }
    if (postings.length > 0) await u.tx.insertInto('intel_posting').values(postings.map((p) => ({ key: p.key, row_id: p.rowId, stix_id: p.stixId, org_id: p.orgId, marking_id: p.markingId, exercise_id: p.exerciseId, ...summaries.get(p.rowId)! }))).execute()
    await correlateNewPostings(u, w.deps, { actor, postings })
    return added
  })
}
