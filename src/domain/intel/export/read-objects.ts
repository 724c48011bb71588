/**
 * Reading stored objects back for a viewer: pages by keyset (row order), the whole visible set
 * walked page by page for exports, and an audit entry for reads of RED and AMBER+STRICT objects.
 */
import { badRequest } from '../../../core/errors'
import { isTlp, TLP_LEVELS, tlpRank, type Tlp } from '../../../tlp'
import type { Deps } from '../../deps'
import { scopeOfActor, type Actor } from '../../members'
import { unitOfWork } from '../../unit-of-work'
import type { IntelObjectView, ObjectFilter, VersionSelector } from '../intel'
import { visibleObjectsPage, type ObjectRow } from '../intel.store'

export const parseVersion = (v: string | undefined): VersionSelector =>
  v === undefined || v === 'latest' ? 'latest' : v === 'all' || v === 'first' ? v : { modified: v }

export const levelsUpTo = (max: Tlp): Tlp[] => TLP_LEVELS.filter((t) => tlpRank(t) <= tlpRank(max))

export const encodeCursor = (rowId: number): string => Buffer.from(String(rowId)).toString('base64url')

export function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined) return 0
  const n = Number(Buffer.from(cursor, 'base64url').toString())
  if (!Number.isSafeInteger(n) || n < 0) throw badRequest('bad_cursor', 'The cursor is not one this hub gave out', '/cursor')
  return n
}

export function viewOf(r: ObjectRow): IntelObjectView {
  if (!isTlp(r.tlp)) throw new Error(`object ${r.id} has an unknown TLP ${r.tlp}`)
  return {
    rowId: r.row_id,
    id: r.id,
    type: r.type,
    modified: r.modified === '' ? null : r.modified,
    isLatest: r.is_latest === 1,
    tlp: r.tlp,
    orgId: r.org_id,
    dateAdded: r.date_added,
    incidentId: r.incident_id,
    object: JSON.parse(r.json) as Record<string, unknown>,
  }
}

/** Every row in the viewer's scope matching the filter, page by page (never the whole set in memory). */
export async function* visibleRows(deps: Deps, viewer: Actor, filter: ObjectFilter, pageSize = 500): AsyncGenerator<ObjectRow[]> {
  let after = 0
  for (;;) {
    const page = await visibleObjectsPage(deps.db, scopeOfActor(viewer), filter, after, pageSize)
    if (page.length === 0) return
    yield page
    if (page.length < pageSize) return
    after = page[page.length - 1]!.row_id
  }
}

const STRICT_READ_IDS = 100

/** Collects the RED and AMBER+STRICT objects a read returned, for one audit entry. */
export class StrictReads {
  count = 0
  readonly ids: string[] = []

  note(id: string, tlp: string): void {
    if (tlp !== 'RED' && tlp !== 'AMBER+STRICT') return
    this.count++
    if (this.ids.length < STRICT_READ_IDS) this.ids.push(id)
  }

  async audit(deps: Deps, actor: Actor, action: string, subject: string): Promise<void> {
    if (this.count === 0) return
    await unitOfWork(deps, (u) => u.audit(actor, action, subject, { strictObjects: this.count, ids: this.ids }))
  }
}
