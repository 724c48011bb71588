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
