/**
 * What cannot be seen cannot be confirmed, in the audit trail either: an entry about a marked
 * object (incident, capability, assistance request or offer, intel object, proposal) the reader may not
 * see is listed with its subject and detail withheld, and ids of such objects inside an entry's
 * detail are withheld one by one. The stored chain is never changed, so it still verifies.
 */
import type { Db } from '../../store/db'
import { padInList } from '../../store/in-list'
import { markingVisibleTo, type Viewer } from '../../tlp'
import type { AuditEntry } from './audit'

export const WITHHELD = '(withheld)'

const BATCH = 256

/** Each id that names a marked object, with the markings of that object (an intel object's versions may differ). */
async function markingsOf(db: Db, ids: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>()
  const add = (rows: { id: string; marking_id: string }[]) => {
    for (const r of rows) out.set(r.id, [...(out.get(r.id) ?? []), r.marking_id])
  }
  for (let i = 0; i < ids.length; i += BATCH) {
    const chunk = padInList(ids.slice(i, i + BATCH), BATCH)
    add(await db.selectFrom('incident').select(['id', 'marking_id']).where('id', 'in', chunk).execute())
    add(await db.selectFrom('capability').select(['id', 'marking_id']).where('id', 'in', chunk).execute())
    add(await db.selectFrom('intel_object').select(['id', 'marking_id']).where('id', 'in', chunk).execute())
    add(await db.selectFrom('decision_proposal').select(['id', 'marking_id']).where('id', 'in', chunk).execute())
    add(
      await db
        .selectFrom('assistance_request as r')
        .innerJoin('incident as i', 'i.id', 'r.incident_id')
        .select(['r.id as id', 'i.marking_id as marking_id'])
        .where('r.id', 'in', chunk)
        .execute(),
    )
    add(
      await db
        .selectFrom('assistance_offer as o')
        .innerJoin('assistance_request as r', 'r.id', 'o.request_id')
        .innerJoin('incident as i', 'i.id', 'r.incident_id')
        .select(['o.id as id', 'i.marking_id as marking_id'])
        .where('o.id', 'in', chunk)
        .execute(),
    )
  }
  return out
}

async function visibleMarkings(db: Db, viewer: Viewer, markingIds: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>()
  for (let i = 0; i < markingIds.length; i += BATCH) {
    const chunk = padInList(markingIds.slice(i, i + BATCH), BATCH)
    const rows = await db.selectFrom('marking').select('id').where('id', 'in', chunk).where(markingVisibleTo('marking.id', viewer)).execute()
    for (const r of rows) out.add(r.id)
  }
  return out
}

/** The ids among `ids` that name a marked object the viewer may not see (in any version). */
export async function hiddenSubjects(db: Db, viewer: Viewer, ids: readonly string[]): Promise<Set<string>> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return new Set()
  const marked = await markingsOf(db, unique)
  const visible = await visibleMarkings(db, viewer, [...new Set([...marked.values()].flat())])
  return new Set([...marked].filter(([, ms]) => !ms.some((m) => visible.has(m))).map(([id]) => id))
}

/** The strings an entry names: its subject and the string values (or lists of them) of its detail. */
export function idsNamedBy(entries: readonly AuditEntry[]): string[] {
  const ids: string[] = []
  for (const e of entries) {
    ids.push(e.subject)
    for (const v of Object.values(e.detail)) {
      if (typeof v === 'string') ids.push(v)
      else if (Array.isArray(v)) for (const x of v) if (typeof x === 'string') ids.push(x)
    }
  }
  return ids
}

/** The entry as this reader may see it. */
export function withheldFrom(e: AuditEntry, hidden: ReadonlySet<string>): AuditEntry {
  if (hidden.has(e.subject)) return { ...e, subject: WITHHELD, detail: { withheld: 'the subject is marked and not visible to you' } }
  const hide = (v: unknown): unknown => (typeof v === 'string' && hidden.has(v) ? WITHHELD : v)
  const detail = Object.fromEntries(Object.entries(e.detail).map(([k, v]) => [k, Array.isArray(v) ? v.map(hide) : hide(v)]))
  return { ...e, detail }
}
