import { newId } from '../core/ids'
import { isTlp, type Marking } from '../tlp/marking'
import type { Db } from './db'
import type { Tx } from './tx'

/**
 * Markings are rows of their own, shared by every object written under them (an imported bundle
 * of a million indicators has one marking row), with their audience in marking_audience.
 */
export async function saveMarking(tx: Tx | Db, m: Marking, createdAt: string): Promise<string> {
  const id = newId()
  await tx
    .insertInto('marking')
    .values({ id, tlp: m.tlp, originator_org: m.originatorOrg, originator_user: m.originatorUser, created_at: createdAt })
    .execute()
  const audience = [
    ...[...new Set(m.audienceOrgs)].map((p) => ({ marking_id: id, kind: 'org' as const, principal_id: p })),
    ...[...new Set(m.audienceUsers)].map((p) => ({ marking_id: id, kind: 'user' as const, principal_id: p })),
  ]
  if (audience.length > 0) await tx.insertInto('marking_audience').values(audience).execute()
  return id
}

export async function loadMarkings(db: Tx | Db, ids: readonly string[]): Promise<Map<string, Marking>> {
  const out = new Map<string, Marking>()
  const unique = [...new Set(ids)]
  if (unique.length === 0) return out
  for (let i = 0; i < unique.length; i += 500) {
    const chunk = unique.slice(i, i + 500)
    const rows = await db.selectFrom('marking').selectAll().where('id', 'in', chunk).execute()
    const aud = await db.selectFrom('marking_audience').selectAll().where('marking_id', 'in', chunk).execute()
    // Grouped once: filtering the whole audience for each marking would cost rows × audience.
    const orgs = new Map<string, string[]>()
    const users = new Map<string, string[]>()
    for (const a of aud) {
      const into = a.kind === 'org' ? orgs : a.kind === 'user' ? users : null
      if (!into) continue
      const held = into.get(a.marking_id)
      if (held) held.push(a.principal_id)
      else into.set(a.marking_id, [a.principal_id])
    }
    for (const r of rows) {
      if (!isTlp(r.tlp)) throw new Error(`marking ${r.id} has an unknown TLP ${r.tlp}`)
      out.set(r.id, {
        tlp: r.tlp,
        originatorOrg: r.originator_org,
        originatorUser: r.originator_user,
        audienceOrgs: orgs.get(r.id) ?? [],
        audienceUsers: users.get(r.id) ?? [],
      })
    }
  }
  return out
}

export async function loadMarking(db: Tx | Db, id: string): Promise<Marking> {
  const m = (await loadMarkings(db, [id])).get(id)
  if (!m) throw new Error(`marking ${id} is missing`)
  return m
}
