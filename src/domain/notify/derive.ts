/**
 * From events to notification rows, in the transaction that writes the events (the outbox
 * pattern): a notification exists exactly when its event committed. Each event type that can
 * concern someone away from a console names its topic and whom it is for; everything else
 * costs nothing here. Recipients are filtered by the visibility rule now, and again at send time.
 */
import type { DomainEvent } from '../../bus/event'
import { armDeadline, disarmDeadlines } from '../../store/deadlines'
import type { Tx } from '../../store/tx'
import { inScope } from '../../tlp'
import { findHub } from '../members'
import { channelsFor, EMAIL, onDuty, sendableAt, type Topic } from './notify'
import { DECISION_ROUTES, INJECT_ROUTES, NIS2_ROUTES, submittedNis2Stages } from './more-routes'
import * as store from './notify.store'

/** Whom an event is for: an organization (its person on duty, else its members' rules), or named users. */
export type Target = { org: string; rota: boolean } | { users: string[] }

export interface NotifyRoute {
  topic: Topic
  /** Null: nobody in particular (no notification). */
  target(tx: Tx, e: DomainEvent): Promise<Target | null>
  /** What an on-duty call about this event is about: answering that settles the call. */
  subjectOf?: (e: DomainEvent) => string | null
}

const offerOf = (e: DomainEvent): string[] => {
  const id = payloadField(e, 'offerId')
  return id === null ? [] : [id]
}

/** Events that answer what on-duty calls were about: the calls are settled, nobody further is called. */
export const SETTLING_EVENTS: Readonly<Record<string, (e: DomainEvent) => readonly string[]>> = {
  'assistance.offer.accepted': offerOf,
  'assistance.offer.declined': offerOf,
  'assistance.offer.withdrawn': offerOf,
  'assistance.offer.expired': offerOf,
  // A NIS2 stage submitted answers the call about it falling due (see NIS2_ROUTES).
  'incident.updated': submittedNis2Stages,
}

export const ESCALATION_DEADLINE = 'notify.escalate'

const payloadField = (e: DomainEvent, key: string): string | null => {
  const v = (e.payload as Record<string, unknown> | null)?.[key]
  return typeof v === 'string' ? v : null
}

/** The hub's event types that reach people outside the console. */
export const NOTIFY_ROUTES: Readonly<Record<string, NotifyRoute>> = {
  'assistance.offer.sent': {
    topic: 'offer',
    target: async (tx, e) => {
      const id = payloadField(e, 'offerId')
      const row = id === null ? undefined : await tx.selectFrom('assistance_offer').select('provider_org').where('id', '=', id).executeTakeFirst()
      return row ? { org: row.provider_org, rota: true } : null
    },
    subjectOf: (e) => payloadField(e, 'offerId'),
  },
  'assistance.offer.expired': { topic: 'answer_due', target: async (_tx, e) => (payloadField(e, 'providerOrg') === null ? null : { org: payloadField(e, 'providerOrg')!, rota: false }) },
  'assistance.request.escalated': {
    topic: 'escalation',
    target: async (tx) => {
      const hub = await findHub(tx)
      return hub === null ? null : { org: hub.id, rota: true }
    },
  },
  'intel.correlation': {
    topic: 'correlation',
    target: async (tx, e) => {
      // One event per recipient: its marking names the recipient user (RED) or organization.
      const m = e.marking
      if (m.audienceUsers.length > 0) return { users: [...m.audienceUsers] }
      const users = await store.recipientsOfOrgs(tx, m.audienceOrgs)
      return { users: users.map((u) => u.id) }
    },
  },
  ...DECISION_ROUTES,
  ...NIS2_ROUTES,
  ...INJECT_ROUTES,
}

/**
 * Builds the hook the unit of work calls with the events it has just written. `routes` are the
 * hub's by default; tests and benchmarks may add their own event types.
 */
export function notificationDeriver(routes: Readonly<Record<string, NotifyRoute>> = NOTIFY_ROUTES) {
  return async (tx: Tx, now: Date, events: readonly DomainEvent[]): Promise<void> => {
    for (const e of events) {
      for (const subject of SETTLING_EVENTS[e.type]?.(e) ?? []) await settleCalls(tx, now, subject)
      const route = routes[e.type]
      if (route === undefined) continue
      const target = await route.target(tx, e)
      if (target !== null) await notifyTarget(tx, now, e, route.topic, target, route.subjectOf?.(e) ?? null)
    }
  }
}

/** The subject was answered: its open calls end as acknowledged by the answer, their deadlines disarmed. */
async function settleCalls(tx: Tx, now: Date, subjectId: string): Promise<void> {
  for (const id of await store.openEscalationsAbout(tx, subjectId)) {
    await store.ackEscalation(tx, id, 'answered', now.toISOString())
    await disarmDeadlines(tx, id, now.toISOString())
  }
}

async function notifyTarget(tx: Tx, now: Date, e: DomainEvent, topic: Topic, target: Target, subjectId: string | null): Promise<void> {
  if ('org' in target && target.rota) {
    const rota = await store.rotaOf(tx, target.org)
    const duty = rota === null ? [] : onDuty(rota.entries, rota.tz, now)
    if (rota !== null && duty.length > 0) return startEscalation(tx, now, e, topic, subjectId, target.org, duty, rota.ackMinutes)
  }
  const recipients = 'org' in target ? await store.recipientsOfOrgs(tx, [target.org]) : await store.recipientsByIds(tx, target.users)
  await notifyRecipients(tx, now, e, topic, recipients, null)
}

/**
 * Notifies those recipients who may see the event, on the channels their rule (or role default)
 * names, from the end of their quiet hours; `escalationId`: on-duty calls, which go on the rule's
 * channels or else by e-mail, at once (a person on duty has no quiet hours).
 */
export async function notifyRecipients(tx: Tx, now: Date, e: DomainEvent, topic: Topic, recipients: readonly store.Recipient[], escalationId: string | null): Promise<void> {
  const rules = await store.rulesOf(tx, recipients.map((r) => r.id), topic)
  const viewerOf = store.viewerResolver(tx)
  const rows: store.NewNotification[] = []
  for (const r of recipients) {
    if (r.disabled) continue
    if (!inScope({ viewer: await viewerOf(r), exerciseId: e.exerciseId }, e.marking, e.exerciseId)) continue
    let channels = channelsFor(topic, r.roles, rules.get(r.id))
    if (escalationId !== null && channels.length === 0) channels = [EMAIL]
    const quiet = escalationId === null && r.quietStart !== null && r.quietEnd !== null ? { tz: r.timeZone ?? 'UTC', start: r.quietStart, end: r.quietEnd } : null
    const dueAt = sendableAt(quiet, now).toISOString()
    for (const channel of channels) rows.push({ eventId: e.id, userId: r.id, channel, topic, escalationId, dueAt })
  }
  await store.insertNotifications(tx, now.toISOString(), rows)
}

const dueAfter = (now: Date, minutes: number): string => new Date(now.getTime() + minutes * 60_000).toISOString()

async function startEscalation(tx: Tx, now: Date, e: DomainEvent, topic: Topic, subjectId: string | null, orgId: string, duty: readonly string[], ackMinutes: number): Promise<void> {
  const first = duty[0]!
  const id = await store.insertEscalation(tx, { eventId: e.id, orgId, topic, subjectId, chain: [first], at: now.toISOString() })
  await notifyRecipients(tx, now, e, topic, await store.recipientsByIds(tx, [first]), id)
  await armDeadline(tx, ESCALATION_DEADLINE, id, dueAfter(now, ackMinutes))
}

/**
 * An unacknowledged call: the next person on duty NOW (the rota may have handed over meanwhile)
 * who was not called yet is called, and the clock starts again; with nobody left, the chain ends.
 */
export async function escalate(tx: Tx, now: Date, escalationId: string, loadEvent: (id: string) => Promise<DomainEvent | null>): Promise<void> {
  const esc = await store.findEscalation(tx, escalationId)
  if (!esc || esc.acked_at !== null) return
  const rota = await store.rotaOf(tx, esc.org_id)
  const called = JSON.parse(esc.chain) as string[]
  const next = rota === null ? undefined : onDuty(rota.entries, rota.tz, now).find((u) => !called.includes(u))
  const event = await loadEvent(esc.event_id)
  if (next === undefined || event === null || rota === null) return
  await store.advanceEscalation(tx, esc.id, esc.step + 1, [...called, next])
  await notifyRecipients(tx, now, event, esc.topic as Topic, await store.recipientsByIds(tx, [next]), esc.id)
  await armDeadline(tx, ESCALATION_DEADLINE, esc.id, dueAfter(now, rota.ackMinutes))
}
