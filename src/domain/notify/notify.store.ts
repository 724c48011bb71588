/** The notify tables: contacts, channels, rules, rota, escalations and notification rows. */
import type { Selectable } from 'kysely'
import { newId } from '../../core/ids'
import type { Db } from '../../store/db'
import type { NotificationTable, NotifyChannelTable, NotifyEscalationTable } from '../../store/schema'
import type { Tx } from '../../store/tx'
import type { Viewer } from '../../tlp'
import { orgChain, parseRoles, type Role } from '../members'
import type { RotaEntry, Topic } from './notify'

type Q = Db | Tx

export type NotificationRow = Selectable<NotificationTable>
export type ChannelRow = Selectable<NotifyChannelTable>
export type EscalationRow = Selectable<NotifyEscalationTable>

/** A person notifications may go to, with what deciding and sending needs. */
export interface Recipient {
  id: string
  orgId: string
  roles: Role[]
  email: string
  disabled: boolean
  pgpKey: string | null
  timeZone: string | null
  quietStart: string | null
  quietEnd: string | null
}

const recipientQuery = (q: Q) =>
  q
    .selectFrom('app_user as u')
    .leftJoin('notify_contact as c', 'c.user_id', 'u.id')
    .select(['u.id', 'u.org_id', 'u.roles', 'u.email', 'u.disabled_at', 'c.email as notify_email', 'c.pgp_key', 'c.time_zone', 'c.quiet_start', 'c.quiet_end'])

type RecipientRaw = Awaited<ReturnType<ReturnType<typeof recipientQuery>['execute']>>[number]

const toRecipient = (r: RecipientRaw): Recipient => ({
  id: r.id,
  orgId: r.org_id,
  roles: parseRoles(r.roles),
  email: r.notify_email ?? r.email,
  disabled: r.disabled_at !== null,
  pgpKey: r.pgp_key,
  timeZone: r.time_zone,
  quietStart: r.quiet_start,
  quietEnd: r.quiet_end,
})

export async function recipientsByIds(q: Q, ids: readonly string[]): Promise<Recipient[]> {
  if (ids.length === 0) return []
  return (await recipientQuery(q).where('u.id', 'in', [...ids]).execute()).map(toRecipient)
}

export async function recipientsOfOrgs(q: Q, orgIds: readonly string[]): Promise<Recipient[]> {
  if (orgIds.length === 0) return []
  return (await recipientQuery(q).where('u.org_id', 'in', [...orgIds]).where('u.disabled_at', 'is', null).orderBy('u.id').execute()).map(toRecipient)
}

/** Each user's rule per topic: user id → channels, for the users given. */
export async function rulesOf(q: Q, userIds: readonly string[], topic: Topic): Promise<Map<string, string[]>> {
  if (userIds.length === 0) return new Map()
  const out = new Map<string, string[]>()
  for (let i = 0; i < userIds.length; i += 500) {
    const rows = await q.selectFrom('notify_rule').select(['user_id', 'channels']).where('topic', '=', topic).where('user_id', 'in', userIds.slice(i, i + 500)).execute()
    for (const r of rows) out.set(r.user_id, JSON.parse(r.channels) as string[])
  }
  return out
}

/** The viewer a recipient reads as (its org chain resolved), cached per organization for one pass. */
export function viewerResolver(q: Q): (r: Pick<Recipient, 'id' | 'orgId'>) => Promise<Viewer> {
  const chains = new Map<string, Promise<string[]>>()
  return async (r) => {
    let chain = chains.get(r.orgId)
    if (!chain) chains.set(r.orgId, (chain = orgChain(q, r.orgId).then((orgs) => orgs.map((o) => o.id))))
    return { userId: r.id, orgId: r.orgId, orgChain: await chain }
  }
}

export async function rotaOf(q: Q, orgId: string): Promise<{ tz: string; ackMinutes: number; entries: RotaEntry[] } | null> {
  const setting = await q.selectFrom('notify_org_setting').selectAll().where('org_id', '=', orgId).executeTakeFirst()
  if (!setting) return null
  const rows = await q.selectFrom('notify_rota_entry').selectAll().where('org_id', '=', orgId).orderBy('position').execute()
  return {
    tz: setting.time_zone,
    ackMinutes: setting.ack_minutes,
    entries: rows.map((r) => ({ id: r.id, userId: r.user_id, position: r.position, days: JSON.parse(r.days) as number[], start: r.start, end: r.end })),
  }
}

export interface NewNotification {
  eventId: string
  userId: string
  channel: string
  topic: Topic
  escalationId: string | null
  dueAt: string
}

/** Writes notification rows; one per event, recipient and channel (a repeat is ignored). */
export async function insertNotifications(tx: Tx, at: string, rows: readonly NewNotification[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    await tx
      .insertInto('notification')
      .values(
        rows.slice(i, i + 200).map((n) => ({
          id: newId(),
          event_id: n.eventId,
          user_id: n.userId,
          channel: n.channel,
          topic: n.topic,
          escalation_id: n.escalationId,
          state: 'pending',
          attempts: 0,
          next_attempt_at: n.dueAt,
          claimed_by: null,
          claimed_until: null,
          last_error: null,
          created_at: at,
          sent_at: null,
        })),
      )
      .onConflict((oc) => oc.columns(['event_id', 'user_id', 'channel']).doNothing())
      .execute()
  }
}

export async function insertEscalation(tx: Tx, e: { eventId: string; orgId: string; topic: Topic; subjectId: string | null; chain: string[]; at: string }): Promise<string> {
  const id = newId()
  await tx.insertInto('notify_escalation').values({ id, event_id: e.eventId, org_id: e.orgId, topic: e.topic, subject_id: e.subjectId, step: 0, chain: JSON.stringify(e.chain), created_at: e.at, acked_at: null, acked_by: null }).execute()
  return id
}

export const findEscalation = async (q: Q, id: string): Promise<EscalationRow | null> =>
  (await q.selectFrom('notify_escalation').selectAll().where('id', '=', id).executeTakeFirst()) ?? null

export async function advanceEscalation(tx: Tx, id: string, step: number, chain: readonly string[]): Promise<void> {
  await tx.updateTable('notify_escalation').set({ step, chain: JSON.stringify(chain) }).where('id', '=', id).execute()
}

/** Acknowledges an open chain; false when it was acknowledged already. */
export async function ackEscalation(tx: Tx, id: string, userId: string, at: string): Promise<boolean> {
  const r = await tx.updateTable('notify_escalation').set({ acked_at: at, acked_by: userId }).where('id', '=', id).where('acked_at', 'is', null).executeTakeFirst()
  return Number(r.numUpdatedRows) > 0
}

/** Open calls about a subject (an offer answered meanwhile): their ids. */
export async function openEscalationsAbout(tx: Tx, subjectId: string): Promise<string[]> {
  const rows = await tx.selectFrom('notify_escalation').select('id').where('subject_id', '=', subjectId).where('acked_at', 'is', null).execute()
  return rows.map((r) => r.id)
}

export const channelsOf = async (q: Q, userId: string): Promise<ChannelRow[]> =>
  q.selectFrom('notify_channel').selectAll().where('user_id', '=', userId).orderBy('created_at').orderBy('id').execute()

export const findChannel = async (q: Q, id: string): Promise<ChannelRow | null> =>
  (await q.selectFrom('notify_channel').selectAll().where('id', '=', id).executeTakeFirst()) ?? null

export async function markSent(db: Db, id: string, owner: string, at: string): Promise<void> {
  await db.updateTable('notification').set({ state: 'sent', sent_at: at, claimed_until: null, last_error: null }).where('id', '=', id).where('claimed_by', '=', owner).execute()
}

export async function markWithheld(db: Db, id: string, owner: string, reason: string): Promise<void> {
  await db.updateTable('notification').set({ state: 'withheld', claimed_until: null, last_error: reason }).where('id', '=', id).where('claimed_by', '=', owner).execute()
}

/** A failed attempt: tried again after the back-off, or dead (the dead-letter list) after the last. */
export async function markFailed(db: Db, n: NotificationRow, owner: string, error: string, nextAttemptAt: string | null): Promise<void> {
  await db
    .updateTable('notification')
    .set({ state: nextAttemptAt === null ? 'dead' : 'pending', attempts: n.attempts + 1, next_attempt_at: nextAttemptAt ?? n.next_attempt_at, claimed_until: null, last_error: error.slice(0, 500) })
    .where('id', '=', n.id)
    .where('claimed_by', '=', owner)
    .execute()
}
