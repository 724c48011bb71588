/**
 * Notification use cases: a person's own contact details, key, channels and rules; an
 * organization's rota; delivery history; dead letters and their replay; acknowledgements.
 */
import { AppError, conflict, forbidden, notFound, unprocessable } from '../../core/errors'
import { newId } from '../../core/ids'
import type { Db } from '../../store/db'
import { disarmDeadlines } from '../../store/deadlines'
import type { Tx } from '../../store/tx'
import { isTimeZone } from '../capability'
import type { Deps } from '../deps'
import { orgChain, type Actor } from '../members'
import { unitOfWork } from '../unit-of-work'
import { ackSecretOf, readAckToken } from './hub-key'
import { channelsFor, EMAIL, onDuty, TOPIC_MEANING, TOPICS, type Topic } from './notify'
import { notifyPermissions as perms } from './notify.permissions'
import type { AckView, ChannelInput, ChannelView, ContactInput, DeliveryView, RotaInput, RotaView, RuleInput, SettingsView } from './notify.schema'
import * as store from './notify.store'
import { checkRecipientKey } from './pgp'

const self = (a: Actor) => ({ orgChain: a.orgChain })

function mayChangeOwn(a: Actor): void {
  if (!perms.may(a, 'settings', self(a))) throw forbidden('Your roles do not let you set notifications')
}

const channelView = (c: store.ChannelRow): ChannelView => ({ id: c.id, kind: c.kind, url: c.url, signed: c.secret !== null, createdAt: c.created_at })

export async function mySettings(deps: Deps, a: Actor): Promise<SettingsView> {
  const [me] = await store.recipientsByIds(deps.db, [a.userId])
  const contact = await deps.db.selectFrom('notify_contact').select('pgp_fingerprint').where('user_id', '=', a.userId).executeTakeFirst()
  const rules = await deps.db.selectFrom('notify_rule').selectAll().where('user_id', '=', a.userId).execute()
  const own = new Map(rules.map((r) => [r.topic, JSON.parse(r.channels) as string[]]))
  return {
    email: me!.email,
    pgpFingerprint: contact?.pgp_fingerprint ?? null,
    timeZone: me!.timeZone ?? 'UTC',
    quietHours: me!.quietStart !== null && me!.quietEnd !== null ? { start: me!.quietStart, end: me!.quietEnd } : null,
    channels: (await store.channelsOf(deps.db, a.userId)).map(channelView),
    rules: TOPICS.map((topic) => ({ topic, meaning: TOPIC_MEANING[topic], channels: [...channelsFor(topic, a.roles, own.get(topic))], isDefault: !own.has(topic) })),
  }
}

export async function setContact(deps: Deps, a: Actor, input: ContactInput): Promise<SettingsView> {
  mayChangeOwn(a)
  if (!isTimeZone(input.timeZone)) throw unprocessable('invalid_time_zone', `Unknown IANA time zone "${input.timeZone}"`, '/timeZone')
  const key = input.pgpKey ? await checkRecipientKey(input.pgpKey) : null
  await unitOfWork(deps, async (u) => {
    const existing = await u.tx.selectFrom('notify_contact').selectAll().where('user_id', '=', a.userId).executeTakeFirst()
    const row = {
      user_id: a.userId,
      email: input.email === undefined ? (existing?.email ?? null) : input.email,
      pgp_key: input.pgpKey === undefined ? (existing?.pgp_key ?? null) : (key?.armored ?? null),
      pgp_fingerprint: input.pgpKey === undefined ? (existing?.pgp_fingerprint ?? null) : (key?.fingerprint ?? null),
      time_zone: input.timeZone,
      quiet_start: input.quietHours?.start ?? null,
      quiet_end: input.quietHours?.end ?? null,
      updated_at: u.at,
    }
    await u.tx.insertInto('notify_contact').values(row).onConflict((oc) => oc.column('user_id').doUpdateSet(row)).execute()
    await u.audit(a, 'notify.contact.set', `user:${a.userId}`, { pgpFingerprint: row.pgp_fingerprint, quietHours: input.quietHours })
  })
  return mySettings(deps, a)
}

export async function addChannel(deps: Deps, a: Actor, input: ChannelInput): Promise<ChannelView> {
  mayChangeOwn(a)
  let url: URL
  try {
    url = new URL(input.url)
  } catch {
    throw unprocessable('bad_channel_url', 'Not a URL', '/url')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw unprocessable('bad_channel_url', 'A channel URL must be http:// or https://', '/url')
  const row = { id: newId(), user_id: a.userId, kind: input.kind, url: url.toString(), secret: input.secret ?? null, created_at: deps.clock.now().toISOString() }
  await unitOfWork(deps, async (u) => {
    await u.tx.insertInto('notify_channel').values({ ...row, created_at: u.at }).execute()
    await u.audit(a, 'notify.channel.added', `notify_channel:${row.id}`, { kind: row.kind })
  })
  return channelView(row)
}

export async function removeChannel(deps: Deps, a: Actor, id: string): Promise<void> {
  mayChangeOwn(a)
  await unitOfWork(deps, async (u) => {
    const c = await store.findChannel(u.tx, id)
    if (!c || c.user_id !== a.userId) throw notFound('Channel')
    await u.tx.deleteFrom('notify_rule').where('user_id', '=', a.userId).where('channels', 'like', `%${id}%`).execute()
    await u.tx.deleteFrom('notify_channel').where('id', '=', id).execute()
    await u.audit(a, 'notify.channel.removed', `notify_channel:${id}`)
  })
}

export async function setRule(deps: Deps, a: Actor, topic: Topic, input: RuleInput): Promise<SettingsView> {
  mayChangeOwn(a)
  const mine = new Set((await store.channelsOf(deps.db, a.userId)).map((c) => c.id))
  input.channels.forEach((c, i) => {
    if (c !== EMAIL && !mine.has(c)) throw unprocessable('unknown_channel', `"${c}" is neither "email" nor one of your channels`, `/channels/${i}`)
  })
  await unitOfWork(deps, async (u) => {
    const row = { user_id: a.userId, topic, channels: JSON.stringify([...new Set(input.channels)]) }
    await u.tx.insertInto('notify_rule').values(row).onConflict((oc) => oc.columns(['user_id', 'topic']).doUpdateSet({ channels: row.channels })).execute()
    await u.audit(a, 'notify.rule.set', `user:${a.userId}`, { topic, channels: input.channels })
  })
  return mySettings(deps, a)
}

async function orgSubject(deps: Deps, orgId: string) {
  const chain = (await orgChain(deps.db, orgId)).map((o) => o.id)
  if (chain.length === 0) throw notFound('Organization')
  return { orgChain: chain }
}

export async function getRota(deps: Deps, a: Actor, orgId: string): Promise<RotaView> {
  const subject = await orgSubject(deps, orgId)
  if (!perms.may(a, 'read-rota', subject)) throw notFound('Organization')
  const rota = await store.rotaOf(deps.db, orgId)
  const entries = rota?.entries ?? []
  return {
    orgId,
    timeZone: rota?.tz ?? 'UTC',
    ackMinutes: rota?.ackMinutes ?? 15,
    entries: entries.map((e) => ({ userId: e.userId, days: [...e.days], start: e.start, end: e.end })),
    onDutyNow: rota === null ? [] : onDuty(entries, rota.tz, deps.clock.now()),
  }
}

export async function setRota(deps: Deps, a: Actor, orgId: string, input: RotaInput): Promise<RotaView> {
  const subject = await orgSubject(deps, orgId)
  if (!perms.may(a, 'read-rota', subject)) throw notFound('Organization')
  if (!perms.may(a, 'rota', subject)) throw forbidden('Only the organization\u2019s admins and points of contact set its rota')
  if (!isTimeZone(input.timeZone)) throw unprocessable('invalid_time_zone', `Unknown IANA time zone "${input.timeZone}"`, '/timeZone')
  const members = new Set((await store.recipientsOfOrgs(deps.db, [orgId])).map((r) => r.id))
  input.entries.forEach((e, i) => {
    if (!members.has(e.userId)) throw unprocessable('bad_rota', 'Not an active user of this organization', `/entries/${i}/userId`)
  })
  await unitOfWork(deps, async (u) => {
    const setting = { org_id: orgId, time_zone: input.timeZone, ack_minutes: input.ackMinutes }
    await u.tx.insertInto('notify_org_setting').values(setting).onConflict((oc) => oc.column('org_id').doUpdateSet(setting)).execute()
    await u.tx.deleteFrom('notify_rota_entry').where('org_id', '=', orgId).execute()
    if (input.entries.length > 0)
      await u.tx
        .insertInto('notify_rota_entry')
        .values(input.entries.map((e, i) => ({ id: newId(), org_id: orgId, user_id: e.userId, position: i, days: JSON.stringify(e.days), start: e.start, end: e.end })))
        .execute()
    await u.audit(a, 'notify.rota.set', `org:${orgId}`, { entries: input.entries.length, ackMinutes: input.ackMinutes })
  })
  return getRota(deps, a, orgId)
}

const deliveryView = (n: store.NotificationRow): DeliveryView => ({
  id: n.id,
  eventId: n.event_id,
  userId: n.user_id,
  channel: n.channel,
  topic: n.topic,
  state: n.state as DeliveryView['state'],
  attempts: n.attempts,
  nextAttemptAt: n.next_attempt_at,
  lastError: n.last_error,
  createdAt: n.created_at,
  sentAt: n.sent_at,
  escalationId: n.escalation_id,
})

/** The caller's own deliveries, newest first. */
export async function myDeliveries(deps: Deps, a: Actor, limit = 100): Promise<DeliveryView[]> {
  const rows = await deps.db.selectFrom('notification').selectAll().where('user_id', '=', a.userId).orderBy('created_at', 'desc').orderBy('id').limit(limit).execute()
  return rows.map(deliveryView)
}

/** Dead letters of recipients in the admin's organization and below (the hub's admins: all). */
export async function deadLetters(deps: Deps, a: Actor): Promise<DeliveryView[]> {
  if (!perms.may(a, 'dead-letters', self(a))) throw forbidden('Only admins see dead letters')
  const rows = await deps.db.selectFrom('notification').selectAll().where('state', '=', 'dead').orderBy('created_at').limit(1000).execute()
  const out: DeliveryView[] = []
  for (const n of rows) if (await adminReaches(deps.db, a, n.user_id)) out.push(deliveryView(n))
  return out
}

async function adminReaches(q: Db | Tx, a: Actor, userId: string): Promise<boolean> {
  const [r] = await store.recipientsByIds(q, [userId])
  if (!r) return false
  return perms.may(a, 'dead-letters', { orgChain: (await orgChain(q, r.orgId)).map((o) => o.id) })
}

/** Sends a dead letter again from scratch (the receiver is fixed now). */
export async function replay(deps: Deps, a: Actor, id: string): Promise<DeliveryView> {
  if (!perms.may(a, 'dead-letters', self(a))) throw forbidden('Only admins replay dead letters')
  return unitOfWork(deps, async (u) => {
    const n = await u.tx.selectFrom('notification').selectAll().where('id', '=', id).executeTakeFirst()
    if (!n || !(await adminReaches(u.tx, a, n.user_id))) throw notFound('Delivery')
    if (n.state !== 'dead') throw conflict('not_dead', `This delivery is ${n.state}, not dead`)
    await u.tx.updateTable('notification').set({ state: 'pending', attempts: 0, next_attempt_at: u.at, claimed_until: null, claimed_by: null }).where('id', '=', id).execute()
    await u.audit(a, 'notify.delivery.replayed', `notification:${id}`)
    return deliveryView({ ...n, state: 'pending', attempts: 0, next_attempt_at: u.at, claimed_until: null, claimed_by: null })
  })
}

async function acknowledge(deps: Deps, escalationId: string, userId: string, by: Actor | 'system'): Promise<AckView> {
  return unitOfWork(deps, async (u) => {
    const esc = await store.findEscalation(u.tx, escalationId)
    if (!esc || !(JSON.parse(esc.chain) as string[]).includes(userId)) throw new AppError(404, 'bad_ack_token', 'No such call for you')
    if (await store.ackEscalation(u.tx, esc.id, userId, u.at)) {
      // The chain stops here: nobody further is called.
      await disarmDeadlines(u.tx, esc.id, u.at)
      await u.audit(by, 'notify.acknowledged', `notify_escalation:${esc.id}`, { userId })
      return { escalationId: esc.id, acknowledged: true, by: userId, at: u.at }
    }
    return { escalationId: esc.id, acknowledged: true, by: esc.acked_by, at: esc.acked_at }
  })
}

/** An acknowledgement link followed: the token names the call and the person, signed by this hub. */
export async function acknowledgeByToken(deps: Deps, token: string): Promise<AckView> {
  const secret = await ackSecretOf(deps.db)
  const t = secret === null ? null : readAckToken(secret, token)
  if (t === null) throw new AppError(404, 'bad_ack_token', 'This acknowledgement link is not valid')
  return acknowledge(deps, t.escalationId, t.userId, 'system')
}

/** The person called acknowledges from the API or the console. */
export const acknowledgeAsActor = (deps: Deps, a: Actor, escalationId: string): Promise<AckView> => acknowledge(deps, escalationId, a.userId, a)
