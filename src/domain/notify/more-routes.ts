/**
 * The notify routes of joint decisions and of the NIS2 clock. A decision event reaches the
 * organizations it is for among those its marking reaches (a disclosure sends each holder its own
 * event, naming nobody else, so one event may reach one organization only); their people are told
 * per their rules. A NIS2 stage falls due for the reporting organization: its person on duty, or
 * else its people per their rules. A scenario message of an exercise reaches the people of the
 * participants it is addressed to (every participant when it names none), per their rules.
 */
import type { DomainEvent } from '../../bus/event'
import type { Tx } from '../../store/tx'
import type { NotifyRoute, Target } from './derive'
import * as store from './notify.store'

const field = (e: DomainEvent, key: string): string | null => {
  const v = (e.payload as Record<string, unknown> | null)?.[key]
  return typeof v === 'string' ? v : null
}

type Whom = 'addressees' | 'proposer'

/** The organizations of the proposal that this event may reach: its marking's audience and originator. */
async function decisionTarget(tx: Tx, e: DomainEvent, whom: Whom): Promise<Target | null> {
  const id = field(e, 'proposalId')
  const row = id === null ? undefined : await tx.selectFrom('decision_proposal').select(['addressees', 'proposer_org']).where('id', '=', id).executeTakeFirst()
  if (!row) return null
  const wanted = whom === 'proposer' ? [row.proposer_org] : (JSON.parse(row.addressees) as string[])
  const reached = new Set([...e.marking.audienceOrgs, ...(e.marking.originatorOrg === null ? [] : [e.marking.originatorOrg])])
  const orgs = wanted.filter((o) => reached.has(o))
  if (orgs.length === 0) return null
  return { users: (await store.recipientsOfOrgs(tx, orgs)).map((u) => u.id) }
}

const toDecision = (whom: Whom): NotifyRoute => ({ topic: 'decision', target: (tx, e) => decisionTarget(tx, e, whom) })

export const DECISION_ROUTES: Readonly<Record<string, NotifyRoute>> = {
  'decision.proposed': toDecision('addressees'),
  'decision.reissued': toDecision('addressees'),
  'decision.decided': toDecision('addressees'),
  'decision.silence_broken': toDecision('proposer'),
}

export const NIS2_ROUTES: Readonly<Record<string, NotifyRoute>> = {
  'incident.nis2_stage_due': {
    topic: 'nis2_due',
    target: async (_tx, e) => {
      const org = field(e, 'orgId')
      return org === null ? null : { org, rota: true }
    },
    subjectOf: (e) => nis2Subject(field(e, 'incidentId') ?? '', field(e, 'stage') ?? ''),
  },
}

const nis2Subject = (incidentId: string, stage: string): string => `nis2:${incidentId}:${stage}`

/** The NIS2 stages an incident's update shows as submitted: the on-duty calls about them are answered. */
export function submittedNis2Stages(e: DomainEvent): string[] {
  const view = e.payload as { id?: unknown; nis2?: { stages?: { stage: string; submittedAt: string | null }[] } } | null
  if (typeof view?.id !== 'string') return []
  return (view.nis2?.stages ?? []).filter((s) => s.submittedAt !== null).map((s) => nis2Subject(view.id as string, s.stage))
}

/**
 * The participants of the message's exercise that it names in `to` (by name, country or id, as the
 * scenario does); every participant when `to` is empty. Nobody outside
 * the exercise: an organization that is not a participant is never a target, whatever `to` says.
 */
async function injectTarget(tx: Tx, e: DomainEvent): Promise<Target | null> {
  const exerciseId = field(e, 'exerciseId')
  const raw = (e.payload as { to?: unknown } | null)?.to
  const to = Array.isArray(raw) ? raw.filter((r): r is string => typeof r === 'string') : []
  if (exerciseId === null || exerciseId !== e.exerciseId) return null
  const participants = await tx.selectFrom('exercise_participant as p').innerJoin('org', 'org.id', 'p.org_id')
    .select(['p.org_id', 'org.name', 'org.country']).where('p.exercise_id', '=', exerciseId).execute()
  const named = to.length === 0 ? participants : participants.filter((p) => to.some((ref) => ref === p.name || ref === p.country || ref === p.org_id))
  // Whether each of their people may see the message is the visibility rule's, in notifyRecipients.
  const orgs = [...new Set(named.map((p) => p.org_id))]
  if (orgs.length === 0) return null
  return { users: (await store.recipientsOfOrgs(tx, orgs)).map((u) => u.id) }
}

/** Scenario messages; an inject's release names no participant (its message, if any, is the event above). */
export const INJECT_ROUTES: Readonly<Record<string, NotifyRoute>> = {
  'exercise.message': { topic: 'inject', target: injectTarget },
}
