/**
 * Who takes part in an incident: the reporting side (the reporting organization, the
 * organizations under it, and its nation) and the helpers whose offer on one of its assistance
 * requests was accepted (and not since withdrawn). Participants add to what the incident holds
 * (linked intel); everyone else who may see it only reads.
 */
import { notFound } from '../../core/errors'
import type { Db } from '../../store/db'
import type { Tx } from '../../store/tx'
import { scopeOfActor, type Actor } from '../members'
import { scopeVisibleTo } from '../../tlp'
import { findVisibleIncident, type IncidentRow } from './incident.store'

type Q = Db | Tx

const onReportingSide = (actor: Actor, row: IncidentRow): boolean =>
  actor.orgId === row.nation_id || actor.orgChain.includes(row.org_id)

async function isAcceptedHelper(q: Q, actor: Actor, incidentId: string): Promise<boolean> {
  const hit = await q
    .selectFrom('assistance_offer as o')
    .innerJoin('assistance_request as r', 'r.id', 'o.request_id')
    .select('o.id')
    .where('r.incident_id', '=', incidentId)
    .where('o.state', '=', 'accepted')
    .where((eb) => eb.or([eb('o.provider_org', '=', actor.orgId), eb('o.provider_nation', '=', actor.orgId)]))
    .limit(1)
    .executeTakeFirst()
  return hit !== undefined
}

/**
 * The incident, if the actor may see it and takes part in it. Otherwise the same 404 as for an
 * incident that does not exist: a caller learns nothing about incidents it may not touch.
 */
export async function participantIncident(q: Q, actor: Actor, id: string): Promise<IncidentRow> {
  const row = await findVisibleIncident(q, scopeOfActor(actor), id)
  if (!row) throw notFound('Incident')
  if (!onReportingSide(actor, row) && !(await isAcceptedHelper(q, actor, id))) throw notFound('Incident')
  return row
}

/**
 * The incidents the actor may see and takes part in (in its world), as id and title: the
 * reporting side's and those where one of its offers was accepted. Same rule as participantIncident.
 */
export async function participatedIncidents(q: Q, actor: Actor): Promise<{ id: string; title: string }[]> {
  const chain = actor.orgChain.length > 0 ? [...actor.orgChain] : [actor.orgId]
  return q
    .selectFrom('incident')
    .select(['incident.id', 'incident.title'])
    .where(scopeVisibleTo('incident.marking_id', 'incident.exercise_id', scopeOfActor(actor)))
    .where((eb) =>
      eb.or([
        eb('incident.org_id', 'in', chain),
        eb('incident.nation_id', '=', actor.orgId),
        eb.exists(
          eb
            .selectFrom('assistance_offer as o')
            .innerJoin('assistance_request as r', 'r.id', 'o.request_id')
            .select('o.id')
            .whereRef('r.incident_id', '=', 'incident.id')
            .where('o.state', '=', 'accepted')
            .where((e) => e.or([e('o.provider_org', '=', actor.orgId), e('o.provider_nation', '=', actor.orgId)])),
        ),
      ]),
    )
    .orderBy('incident.reported_at')
    .orderBy('incident.id')
    .execute()
}
