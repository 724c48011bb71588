/**
 * The queries of joint decisions. Proposals are read for a caller only through scopeVisibleTo
 * (their marking and world); the hub's own reads (the deadline, the effects) say so.
 */
import { sql, type Selectable } from 'kysely'
import type { Db } from '../../store/db'
import { isOneOf } from '../../store/in-list'
import type { DecisionAnswerTable, DecisionEffectTable, DecisionProposalTable, DecisionRoundTable } from '../../store/schema'
import type { Tx } from '../../store/tx'
import { inWorld, scopeVisibleTo, type Scope } from '../../tlp'

type Q = Db | Tx
export type ProposalRow = Selectable<DecisionProposalTable>
export type RoundRow = Selectable<DecisionRoundTable>
export type AnswerRow = Selectable<DecisionAnswerTable>
export type EffectRow = Selectable<DecisionEffectTable>

const scoped = (scope: Scope) => scopeVisibleTo('decision_proposal.marking_id', 'decision_proposal.exercise_id', scope)

export async function insertProposal(tx: Tx, row: ProposalRow): Promise<void> {
  await tx.insertInto('decision_proposal').values(row).execute()
}

export async function updateProposal(tx: Tx, id: string, set: Partial<ProposalRow>): Promise<void> {
  await tx.updateTable('decision_proposal').set(set).where('id', '=', id).execute()
}

/** The proposal if it is in the caller's scope: missing, hidden and another world's answer alike. */
export async function findVisibleProposal(q: Q, scope: Scope, id: string): Promise<ProposalRow | null> {
  return (await q.selectFrom('decision_proposal').selectAll().where('id', '=', id).where(scoped(scope)).executeTakeFirst()) ?? null
}

export async function listVisibleProposals(q: Q, scope: Scope, f: { state?: string; limit: number }): Promise<ProposalRow[]> {
  let query = q.selectFrom('decision_proposal').selectAll().where(scoped(scope)).orderBy('created_at', 'desc').orderBy('id').limit(f.limit)
  if (f.state !== undefined) query = query.where('state', '=', f.state)
  return query.execute()
}

/**
 * Takes the proposal's row for this transaction and returns it as it stands (the hub's own read):
 * answers and the deadline both take it first, so on PostgreSQL an answer racing the deadline
 * either commits before the outcome is counted or finds the proposal decided.
 */
export async function lockProposal(tx: Tx, id: string, at: string): Promise<ProposalRow | null> {
  return (await tx.updateTable('decision_proposal').set({ updated_at: at }).where('id', '=', id).returningAll().executeTakeFirst()) ?? null
}

export async function insertRound(tx: Tx, row: RoundRow): Promise<void> {
  await tx.insertInto('decision_round').values(row).execute()
}

export async function endRound(tx: Tx, proposalId: string, round: number, outcome: string | null, at: string): Promise<void> {
  await tx.updateTable('decision_round').set({ outcome, ended_at: at }).where('proposal_id', '=', proposalId).where('round', '=', round).execute()
}

export async function roundsOf(q: Q, proposalId: string): Promise<RoundRow[]> {
  return q.selectFrom('decision_round').selectAll().where('proposal_id', '=', proposalId).orderBy('round').execute()
}

export async function insertAnswer(tx: Tx, row: AnswerRow): Promise<void> {
  await tx.insertInto('decision_answer').values(row).execute()
}

/** Every answer, oldest first (ties in insertion order are kept by the id's tie-break only within one instant). */
export async function answersOf(q: Q, proposalId: string): Promise<AnswerRow[]> {
  return q.selectFrom('decision_answer').selectAll().where('proposal_id', '=', proposalId).orderBy('round').orderBy('at').execute()
}

export async function insertEffect(tx: Tx, row: EffectRow): Promise<void> {
  await tx.insertInto('decision_effect').values(row).execute()
}

export async function effectsOf(q: Q, proposalId: string): Promise<EffectRow[]> {
  return q.selectFrom('decision_effect').selectAll().where('proposal_id', '=', proposalId).orderBy('at').orderBy('id').execute()
}

/**
 * The organizations told of a correlation (the hub's own read): every `intel.correlation` event
 * carrying the id, in the world, is marked to one holder's side (its marking's originator).
 * Correlations are not stored pairwise, so the outbox is their record.
 */
export async function correlationHolders(q: Q, exerciseId: string | null, correlationId: string): Promise<{ orgId: string; key: string }[]> {
  const rows = await q
    .selectFrom('outbox_event as e')
    .innerJoin('marking as m', 'm.id', 'e.marking_id')
    .select(['m.originator_org', 'e.payload'])
    .where('e.type', '=', 'intel.correlation')
    .where(inWorld('e.exercise_id', exerciseId))
    .where('e.payload', 'like', `%"correlationId":"${correlationId}"%`)
    .execute()
  const out = new Map<string, string>()
  for (const r of rows) {
    const p = JSON.parse(r.payload) as { correlationId?: string; key?: string }
    if (p.correlationId === correlationId && !out.has(r.originator_org)) out.set(r.originator_org, p.key ?? '')
  }
  return [...out].map(([orgId, key]) => ({ orgId, key }))
}

/** The holders of the latest versions of these intel objects the caller may see, in its world. */
export async function visibleIntelHolders(q: Q, scope: Scope, ids: readonly string[]): Promise<{ id: string; orgId: string }[]> {
  if (ids.length === 0) return []
  const rows = await q
    .selectFrom('intel_object')
    .select(['id', 'org_id'])
    .where(isOneOf(q, 'id', ids, 500))
    .where('is_latest', '=', 1)
    .where(scopeVisibleTo('intel_object.marking_id', 'intel_object.exercise_id', scope))
    .execute()
  return rows.map((r) => ({ id: r.id, orgId: r.org_id }))
}

/** Every version a holder keeps of these objects in a world (the hub's own read, to re-mark them). */
export async function heldVersions(tx: Tx, exerciseId: string | null, orgId: string, ids: readonly string[]): Promise<{ rowId: number; markingId: string }[]> {
  if (ids.length === 0) return []
  const rows = await tx
    .selectFrom('intel_object')
    .select(['row_id', 'marking_id'])
    .where(isOneOf(tx, 'id', ids, 500))
    .where('org_id', '=', orgId)
    .where(inWorld('intel_object.exercise_id', exerciseId))
    .execute()
  return rows.map((r) => ({ rowId: Number(r.row_id), markingId: r.marking_id }))
}

/** Re-marks intel rows and their postings (correlation reads the postings' marking). */
export async function remarkIntel(tx: Tx, rowIds: readonly number[], markingId: string): Promise<void> {
  for (let i = 0; i < rowIds.length; i += 500) {
    const chunk = rowIds.slice(i, i + 500)
    await tx.updateTable('intel_object').set({ marking_id: markingId }).where('row_id', 'in', chunk).execute()
    await tx.updateTable('intel_posting').set({ marking_id: markingId }).where(sql.ref('row_id'), 'in', chunk).execute()
  }
}

/** The incident of an assistance request in a world (the hub's own read: the caller must then see the incident). */
export async function incidentOfRequest(q: Q, exerciseId: string | null, requestId: string): Promise<string | null> {
  const row = await q.selectFrom('assistance_request').select('incident_id').where('id', '=', requestId).where(inWorld('assistance_request.exercise_id', exerciseId)).executeTakeFirst()
  return row?.incident_id ?? null
}
