import type { Db } from '../../store/db'
import type { Tx } from '../../store/tx'

/**
 * The organizations helping on an incident: the provider (and its nation) of every accepted offer
 * on a request for it. Read from the assistance tables directly, because assistance builds on
 * incidents and not the reverse.
 */
export async function acceptedHelperOrgs(q: Db | Tx, incidentId: string): Promise<string[]> {
  const rows = await q
    .selectFrom('assistance_offer')
    .innerJoin('assistance_request', 'assistance_request.id', 'assistance_offer.request_id')
    .select(['assistance_offer.provider_org', 'assistance_offer.provider_nation'])
    .where('assistance_request.incident_id', '=', incidentId)
    .where('assistance_offer.state', '=', 'accepted')
    .execute()
  return [...new Set(rows.flatMap((r) => [r.provider_org, r.provider_nation]))]
}
