/**
 * The after-action report: each expected action met or missed (and how long it took, in scenario
 * minutes), how on time injects were released, the assistance figures of the exercise's world
 * (times to acknowledge, match, accept, deliver and close, per nation and capability, as the hub's
 * metrics give them, in scenario minutes), NIS2 stages met, and the lessons participants wrote.
 * Wall durations become scenario durations at the exercise's speed.
 */
import { assistance, type AssistanceMetrics } from '../assistance'
import type { Deps } from '../deps'
import { findHub, type Actor } from '../members'
import { EARLY_WARNING_HOURS, NOTIFICATION_HOURS } from '../incident'
import { scenarioNow } from './exercise'
import type { LessonView } from './exercise.schema'
import * as store from './exercise.store'
import { clockOf, dueOf } from './runner'
import { resolveRef, type ParticipantRow } from './participants'
import type { ExpectedAction, ScenarioEvent } from './scenario.schema'

export type Outcome = 'met' | 'missed' | 'pending'

export interface ExpectedResult {
  inject: string
  id: string
  description: string
  kind: string
  by: string | null
  category: string | null
  withinMinutes: number
  outcome: Outcome
  /** Scenario minutes from the inject's release to the action; null when not (yet) taken. */
  minutes: number | null
}

export interface Nis2Result {
  incidentId: string
  nation: string
  stages: { stage: 'earlyWarning' | 'notification' | 'finalReport'; limitHours: number; outcome: Outcome; hours: number | null }[]
}

export interface AssistanceFigure {
  key: string
  requests: number
  /** Medians in scenario minutes (null: none yet). */
  toFirstOffer: number | null
  toAcceptance: number | null
  toFirstDelivery: number | null
  toClosure: number | null
}

export interface AfterActionReport {
  exercise: { id: string; name: string; state: string; speed: number; scenarioStart: string; scenarioTime: string; participants: { name: string; country: string | null; simulated: boolean }[] }
  generatedAt: string
  injects: { serial: string; channel: string; due: string; released: string | null; lateSeconds: number | null; outcome: Record<string, unknown> | null }[]
  lateness: { released: number; p50Seconds: number | null; p99Seconds: number | null; maxSeconds: number | null }
  expected: ExpectedResult[]
  expectedSummary: Record<Outcome, number> & { total: number }
  assistance: { overall: AssistanceFigure; byNation: AssistanceFigure[]; byCategory: AssistanceFigure[]; helpers: { key: string; offers: number; accepted: number; declined: number; expired: number; toAnswer: number | null; toDelivery: number | null }[] }
  nis2: Nis2Result[]
  /** The joint decisions taken in the exercise: how each was put, how it ended, and how long it took (scenario minutes). */
  decisions: { id: string; kind: string; procedure: string; state: string; outcome: string | null; rounds: number; minutesToDecide: number | null }[]
  lessons: LessonView[]
}

const HOUR = 3_600_000
const FINAL_REPORT_HOURS = 30 * 24

function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

const round1 = (n: number): number => Math.round(n * 10) / 10

/** When the action of a check was first taken in the world since `since` (wall time), or null. */
async function firstTaken(deps: Deps, exerciseId: string, x: ExpectedAction, by: ParticipantRow | null, since: string): Promise<string | null> {
  const org = by?.org_id ?? null
  const category = x.check.category ?? null
  switch (x.check.kind) {
    case 'incident-reported':
      return org === null ? null : store.firstIncidentSince(deps.db, exerciseId, org, since)
    case 'request-submitted':
      return store.firstRequestStepSince(deps.db, exerciseId, 'submitted_at', since, org, category)
    case 'offer-accepted':
      return store.firstAcceptanceSince(deps.db, exerciseId, since, org, category)
    case 'request-delivered':
      return store.firstRequestStepSince(deps.db, exerciseId, 'first_delivered_at', since, org, category)
    case 'request-closed':
      return store.firstRequestStepSince(deps.db, exerciseId, 'closed_at', since, org, category)
    case 'intel-shared':
      return store.firstIntelSince(deps.db, exerciseId, org, since)
    case 'decision-decided':
      return store.firstDecisionSince(deps.db, exerciseId, since)
  }
}

async function expectedResults(deps: Deps, ex: store.ExerciseRow, injects: readonly store.InjectRow[], participants: readonly ParticipantRow[], now: Date): Promise<ExpectedResult[]> {
  const out: ExpectedResult[] = []
  for (const inj of injects) {
    const e = JSON.parse(inj.event) as ScenarioEvent
    for (const x of e.expected ?? []) {
      const by = x.check.by === undefined ? null : resolveRef(participants, x.check.by)
      const base = { inject: inj.serial, id: x.id, description: x.description, kind: x.check.kind, by: x.check.by ?? null, category: x.check.category ?? null, withinMinutes: x.withinMinutes }
      if (inj.released_at === null) {
        out.push({ ...base, outcome: ex.state === 'ended' ? 'missed' : 'pending', minutes: null })
        continue
      }
      const taken = await firstTaken(deps, ex.id, x, by, inj.released_at)
      const minutes = taken === null ? null : round1(((Date.parse(taken) - Date.parse(inj.released_at)) * ex.speed) / 60_000)
      const elapsed = ((now.getTime() - Date.parse(inj.released_at)) * ex.speed) / 60_000
      const outcome: Outcome = minutes !== null ? (minutes <= x.withinMinutes ? 'met' : 'missed') : ex.state !== 'ended' && elapsed < x.withinMinutes ? 'pending' : 'missed'
      out.push({ ...base, outcome, minutes })
    }
  }
  return out
}

function nis2Of(rows: Awaited<ReturnType<typeof store.incidentsOfWorld>>, speed: number, ended: boolean, now: Date): Nis2Result[] {
  return rows.map((r) => {
    const aware = Date.parse(r.aware_at)
    const stage = (s: Nis2Result['stages'][number]['stage'], limitHours: number, at: string | null) => {
      const hours = at === null ? null : round1(((Date.parse(at) - aware) * speed) / HOUR)
      const elapsed = ((now.getTime() - aware) * speed) / HOUR
      const outcome: Outcome = hours !== null ? (hours <= limitHours ? 'met' : 'missed') : !ended && elapsed < limitHours ? 'pending' : 'missed'
      return { stage: s, limitHours, outcome, hours }
    }
    return {
      incidentId: r.id,
      nation: r.country ?? r.nation,
      stages: [stage('earlyWarning', EARLY_WARNING_HOURS, r.early_warning_at), stage('notification', NOTIFICATION_HOURS, r.notification_at), stage('finalReport', FINAL_REPORT_HOURS, r.final_report_at)],
    }
  })
}

/** The world's assistance metrics as the hub sees them (aggregates), in scenario minutes. */
async function assistanceOf(deps: Deps, exerciseId: string, speed: number): Promise<AfterActionReport['assistance']> {
  const hub = (await findHub(deps.db))!
  const viewer: Actor = { userId: 'system:report', email: 'report@localhost', orgId: hub.id, orgChain: [hub.id], roles: ['coordinator'], orgKind: 'hub', nationId: null, exerciseId }
  const m: AssistanceMetrics = await assistance.assistanceMetrics(deps, viewer)
  const min = (s: number | null): number | null => (s === null ? null : round1((s * speed) / 60))
  const fig = (a: AssistanceMetrics['overall']): AssistanceFigure => ({
    key: a.key, requests: a.requests, toFirstOffer: min(a.timeToFirstOffer.medianSeconds), toAcceptance: min(a.timeToAcceptance.medianSeconds),
    toFirstDelivery: min(a.timeToFirstDelivery.medianSeconds), toClosure: min(a.timeToClosure.medianSeconds),
  })
  const helpers = [m.provided.overall, ...m.provided.byCategory].map((p) => ({
    key: p.key, offers: p.offersReceived, accepted: p.accepted, declined: p.declined, expired: p.expired, toAnswer: min(p.timeToAnswer.medianSeconds), toDelivery: min(p.timeToDelivery.medianSeconds),
  }))
  return { overall: fig(m.overall), byNation: m.byNation.map(fig), byCategory: m.byCategory.map(fig), helpers }
}

/** The report of an exercise (readable checked by the caller). */
export async function buildReport(deps: Deps, ex: store.ExerciseRow, lessons: LessonView[]): Promise<AfterActionReport> {
  const now = deps.clock.now()
  const [injects, participants, incidents] = await Promise.all([store.injectsOf(deps.db, ex.id), store.participantsOf(deps.db, ex.id), store.incidentsOfWorld(deps.db, ex.id)])
  const late = injects
    .filter((i) => i.released_scenario !== null)
    .map((i) => Math.max(0, (Date.parse(i.released_scenario!) - dueOf(ex, i).getTime()) / 1000))
    .sort((a, b) => a - b)
  const expected = await expectedResults(deps, ex, injects, participants, now)
  const count = (o: Outcome) => expected.filter((x) => x.outcome === o).length
  return {
    exercise: {
      id: ex.id, name: ex.name, state: ex.state, speed: ex.speed, scenarioStart: ex.scenario_start, scenarioTime: scenarioNow(clockOf(ex), now).toISOString(),
      participants: participants.map((p) => ({ name: p.name, country: p.country, simulated: p.simulated === 1 })),
    },
    generatedAt: now.toISOString(),
    injects: injects.map((i) => ({
      serial: i.serial, channel: (JSON.parse(i.event) as ScenarioEvent).channel, due: dueOf(ex, i).toISOString(), released: i.released_scenario,
      lateSeconds: i.released_scenario === null ? null : (Date.parse(i.released_scenario) - dueOf(ex, i).getTime()) / 1000,
      outcome: i.outcome === null ? null : (JSON.parse(i.outcome) as Record<string, unknown>),
    })),
    lateness: { released: late.length, p50Seconds: percentile(late, 50), p99Seconds: percentile(late, 99), maxSeconds: late.length === 0 ? null : late[late.length - 1]! },
    expected,
    expectedSummary: { total: expected.length, met: count('met'), missed: count('missed'), pending: count('pending') },
    assistance: await assistanceOf(deps, ex.id, ex.speed),
    nis2: nis2Of(incidents, ex.speed, ex.state === 'ended', now),
    decisions: (await store.decisionsOfWorld(deps.db, ex.id)).map((d) => ({
      id: d.id, kind: d.kind, procedure: d.procedure, state: d.state, outcome: d.outcome, rounds: d.round,
      minutesToDecide: d.decided_at === null ? null : round1(((Date.parse(d.decided_at) - Date.parse(d.created_at)) * ex.speed) / 60_000),
    })),
    lessons,
  }
}
