/**
 * What a released inject does, in the exercise's world, through the capabilities' own services
 * and as its `from` participant: an incident report, an assistance request (drafted, its summary
 * approved, submitted), an intel bundle, a message (or a decision to propose, carried as a message
 * until joint decisions land) to its `to` participants.
 */
import { Readable } from 'node:stream'
import { isAppError } from '../../core/errors'
import { saveMarking } from '../../store/marking.store'
import type { Marking } from '../../tlp'
import { assistance } from '../assistance'
import { decisions } from '../decision'
import { incidents } from '../incident'
import { intel } from '../intel'
import { findHub, orgChain, type Actor } from '../members'
import type { Unit } from '../unit-of-work'
import { depsInUnit, type DepsInUnit } from './in-unit'
import type { InjectRow } from './exercise.store'
import * as store from './exercise.store'
import type { Deps } from '../deps'
import { type ParticipantRow, resolveRef } from './participants'
import type { ScenarioEvent } from './scenario.schema'

/** The inject's sender, acting in the exercise: a point of contact of its organization, as a person would. */
async function senderOf(u: Unit, orgId: string, exerciseId: string): Promise<Actor> {
  const chain = await orgChain(u.tx, orgId)
  const org = chain[0]!
  return {
    userId: `exercise:${exerciseId}`,
    email: 'exercise@localhost',
    orgId: org.id,
    orgChain: chain.map((o) => o.id),
    roles: ['poc', 'analyst'],
    orgKind: org.kind,
    nationId: chain.find((o) => o.kind === 'nation')?.id ?? null,
    exerciseId,
  }
}

export interface InjectOutcome {
  outcome: Record<string, unknown>
  after: DepsInUnit['publish']
}

/** Acts the inject out; an effect the domain refuses (bad vocabulary …) is recorded, not retried. */
export async function actInject(u: Unit, deps: Deps, ex: { id: string; speed: number }, inj: InjectRow, participants: readonly ParticipantRow[]): Promise<InjectOutcome> {
  const inner = depsInUnit(deps, u)
  const e = JSON.parse(inj.event) as ScenarioEvent
  try {
    const outcome = await act(u, inner.deps, ex, e, participants)
    return { outcome, after: inner.publish }
  } catch (err) {
    if (!isAppError(err)) throw err
    return { outcome: { error: err.code, message: err.message }, after: inner.publish }
  }
}

async function act(u: Unit, d: Deps, ex: { id: string; speed: number }, e: ScenarioEvent, participants: readonly ParticipantRow[]): Promise<Record<string, unknown>> {
  const exerciseId = ex.id
  const fromOrg = resolveRef(participants, e.from)
  const to = e.to.map((r) => resolveRef(participants, r)).filter((x): x is ParticipantRow => x !== null)
  const c = e.content
  if (e.channel === 'decision-to-propose') return propose(u, d, ex, e, fromOrg, to.length > 0 ? to : participants.filter((p) => p.country !== null))
  if (e.channel === 'message' || fromOrg === null) return message(u, exerciseId, e, fromOrg, to)
  const actor = await senderOf(u, fromOrg.org_id, exerciseId)
  switch (e.channel) {
    case 'incident-report': {
      const v = await incidents.reportIncident(d, actor, {
        title: c.title as string,
        summary: c.summary as string,
        sectors: c.sectors as string[],
        rsitClass: c.rsitClass as string,
        rsitType: c.rsitType as string,
        severity: c.severity as number,
        malicious: (c.malicious as boolean | undefined) ?? true,
        crossBorder: (c.crossBorder as boolean | undefined) ?? to.length > 0,
        attackIds: (c.attackIds as string[] | undefined) ?? [],
        tlp: (c.tlp as 'GREEN' | 'CLEAR' | undefined) ?? 'GREEN',
      })
      return { incidentId: v.id }
    }
    case 'assistance-request': {
      const ref = await store.findInjectBySerial(u.tx, exerciseId, c.incident as string)
      const incidentId = ref?.outcome ? (JSON.parse(ref.outcome) as { incidentId?: string }).incidentId : undefined
      if (!incidentId) return { error: 'incident_not_released', message: `${c.incident as string} has not reported its incident` }
      const draft = await assistance.createRequest(d, actor, {
        incidentId, category: c.category as string, urgency: c.urgency as string, needed: (c.needed as number | undefined) ?? 1, languages: [], delivery: 'either', sanitizedSummary: c.summary as string,
      })
      await assistance.approveSummary(d, actor, draft.id)
      const submitted = await assistance.submitRequest(d, actor, draft.id)
      return { requestId: submitted.id, offers: submitted.offers.length }
    }
    case 'intel-bundle': {
      const bundle = { type: 'bundle', id: `bundle--${crypto.randomUUID()}`, objects: c.objects }
      const s = await intel.importBundle(d, actor, Readable.from([JSON.stringify(bundle)]), { tlp: 'GREEN', partial: true })
      return { added: s.added, rejected: s.rejectedCount }
    }
  }
}

const DECISION_KIND = { 'joint-attribution': 'attribution', consultation: 'consultation', 'collective-response': 'collective_response', 'tlp-release': 'free_text' } as const

/**
 * A decision put to the `to` participants (all nations when none is named) through joint decisions,
 * by its sender: a nation's point of contact, or for the control cell a hub coordinator. Its
 * deadline, given in scenario minutes, falls at the wall time the exercise's speed gives it.
 */
async function propose(u: Unit, d: Deps, ex: { id: string; speed: number }, e: ScenarioEvent, from: ParticipantRow | null, to: readonly ParticipantRow[]): Promise<Record<string, unknown>> {
  const c = e.content
  const hub = (await findHub(u.tx))!
  const actor: Actor = from
    ? await senderOf(u, from.org_id, ex.id)
    : { userId: `exercise:${ex.id}`, email: 'exercise@localhost', orgId: hub.id, orgChain: [hub.id], roles: ['coordinator'], orgKind: 'hub', nationId: null, exerciseId: ex.id }
  const minutes = (c.deadlineMinutes as number | undefined) ?? 120
  const text = c.text as string
  const v = await decisions.propose(d, actor, {
    kind: DECISION_KIND[c.kind as keyof typeof DECISION_KIND],
    title: text.length > 120 ? `${text.slice(0, 117)}…` : text,
    text,
    addressees: to.filter((p) => p.org_id !== from?.org_id).map((p) => p.org_id),
    procedure: (c.procedure as 'silence' | 'consensus' | 'majority' | undefined) ?? 'silence',
    deadline: new Date(u.now.getTime() + Math.max(1000, (minutes * 60_000) / ex.speed)).toISOString(),
  })
  return { decisionId: v.id }
}

/** A message to the `to` participants: AMBER to them and the sender, in the exercise's world. */
async function message(u: Unit, exerciseId: string, e: ScenarioEvent, from: ParticipantRow | null, to: readonly ParticipantRow[]): Promise<Record<string, unknown>> {
  const sender = from?.org_id ?? (await findHub(u.tx))!.id
  const audience = [...new Set([...(from ? [from.org_id] : []), ...to.map((p) => p.org_id)])]
  // To nobody in particular: every participant (the exercise's world holds only them).
  const marking: Marking = audience.length === 0
    ? { tlp: 'GREEN', audienceOrgs: [], audienceUsers: [], originatorOrg: sender, originatorUser: null }
    : { tlp: 'AMBER', audienceOrgs: audience, audienceUsers: [], originatorOrg: sender, originatorUser: null }
  const markingId = await saveMarking(u.tx, marking, u.at)
  const kind = e.channel === 'decision-to-propose' ? 'decision-proposal' : e.type === 'information' ? 'information' : 'message'
  const text = typeof e.content.text === 'string' ? e.content.text : JSON.stringify(e.content)
  const ev = await u.emit({
    type: 'exercise.message', markingId, marking, exerciseId, subject: { objectId: exerciseId },
    payload: { exerciseId, serial: e.serial, from: from?.name ?? e.from, to: to.map((p) => p.name), kind, text },
  })
  return { messageEventId: ev.id }
}
