/**
 * Who can see an incident: said in words on every answer, defaulted so that a report reaches its
 * nation's CERT and points of contact, and widened later by its originator (never narrowed).
 */
import { forbidden, notFound, unprocessable } from '../../core/errors'
import { loadMarking, saveMarking } from '../../store/marking.store'
import type { Tx } from '../../store/tx'
import type { Marking } from '../../tlp'
import type { Deps } from '../deps'
import { orgIdsOf, scopeOfActor, visibleToText, type Actor } from '../members'
import { unitOfWork } from '../unit-of-work'
import { certsOfNation, pocsOf } from './audience.store'
import { incidentPermissions } from './incident.permissions'
import * as store from './incident.store'

/**
 * AMBER and AMBER+STRICT reports reach the reporter's national CERT(s) and its nation's points of
 * contact (named, so that AMBER does not open the report to every organization under the nation),
 * unless the reporter opts out. RED stays with the people the reporter names.
 */
export async function withNationDefaults(q: Tx, m: Marking, nationId: string): Promise<Marking> {
  if (m.tlp !== 'AMBER' && m.tlp !== 'AMBER+STRICT') return m
  const certs = (await certsOfNation(q, nationId)).filter((c) => c !== m.originatorOrg)
  const pocs = m.originatorOrg === nationId ? [] : await pocsOf(q, nationId)
  return { ...m, audienceOrgs: [...new Set([...m.audienceOrgs, ...certs])], audienceUsers: [...new Set([...m.audienceUsers, ...pocs])] }
}

/** Each organization and user named in an audience exists; else a 422 pointing at the first that does not. */
export async function assertAudienceExists(
  tx: Tx,
  audience: { orgs: readonly string[]; users: readonly string[] },
  pointers: { orgs: string; users: string },
): Promise<void> {
  const knownOrgs = await store.existingOrgs(tx, audience.orgs)
  audience.orgs.forEach((o, i) => {
    if (!knownOrgs.has(o)) throw unprocessable('unknown_org', 'No such organization', `${pointers.orgs}/${i}`)
  })
  const knownUsers = await store.existingUsers(tx, audience.users)
  audience.users.forEach((x, i) => {
    if (!knownUsers.has(x)) throw unprocessable('unknown_user', 'No such user', `${pointers.users}/${i}`)
  })
}

export interface AudienceAddition {
  orgs?: readonly string[]
  users?: readonly string[]
}

/** The marking with the additions, or a 422 when the TLP does not take them or they do not exist. */
async function widened(tx: Tx, m: Marking, add: AudienceAddition): Promise<{ marking: Marking; addedOrgs: string[]; addedUsers: string[] }> {
  const orgs = [...new Set(await orgIdsOf(tx, add.orgs ?? [], '/orgs'))]
  const users = [...new Set(add.users ?? [])]
  if (orgs.length === 0 && users.length === 0) throw unprocessable('nothing_to_add', 'Name organizations or users to add', '/orgs')
  if (m.tlp === 'CLEAR' || m.tlp === 'GREEN') throw unprocessable('audience_mismatch', `${m.tlp} already reaches everyone it may`, '/orgs')
  if (m.tlp === 'RED' && orgs.length > 0) throw unprocessable('audience_mismatch', 'RED is shared with named users only: give users', '/orgs')
  await assertAudienceExists(tx, { orgs, users }, { orgs: '/orgs', users: '/users' })
  const addedOrgs = orgs.filter((o) => !m.audienceOrgs.includes(o))
  const addedUsers = users.filter((x) => !m.audienceUsers.includes(x))
  return { marking: { ...m, audienceOrgs: [...m.audienceOrgs, ...addedOrgs], audienceUsers: [...m.audienceUsers, ...addedUsers] }, addedOrgs, addedUsers }
}

/**
 * The originator (the reporting organization's people, and its nation's points of contact) adds
 * organizations or users to an incident's audience. The TLP never changes and nobody is removed:
 * what others have seen stays seen. Audited, and an `incident.audience.widened` event reaches the
 * widened audience. A shared marking row is never changed: the incident gets a new one.
 */
export async function widenAudience(deps: Deps, actor: Actor, id: string, add: AudienceAddition) {
  return unitOfWork(deps, async (u) => {
    const row = await store.findVisibleIncident(u.tx, scopeOfActor(actor), id)
    if (!row) throw notFound('Incident')
    if (!incidentPermissions.may(actor, 'edit', { orgId: row.org_id, nationId: row.nation_id })) throw forbidden('The reporting organization and its nation\u2019s points of contact widen an incident\u2019s audience')
    const before = await loadMarking(u.tx, row.marking_id)
    const { marking, addedOrgs, addedUsers } = await widened(u.tx, before, add)
    if (addedOrgs.length === 0 && addedUsers.length === 0) return { row, marking: before, added: { orgs: [], users: [] } }
    const markingId = await saveMarking(u.tx, marking, u.at)
    const next = { ...row, marking_id: markingId, updated_at: u.at }
    await store.updateIncident(u.tx, id, { marking_id: markingId, updated_at: u.at })
    await u.audit(actor, 'incident.audience.widen', id, { tlp: marking.tlp, addedOrgs, addedUsers })
    const visibleTo = await visibleToText(u.tx, marking)
    await u.emit({ type: 'incident.audience.widened', markingId, marking, exerciseId: row.exercise_id, subject: { incidentId: id }, payload: { incidentId: id, tlp: marking.tlp, addedOrgs, addedUsers, visibleTo } })
    return { row: next, marking, added: { orgs: addedOrgs, users: addedUsers } }
  })
}
