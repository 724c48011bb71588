/**
 * What one claimed notification becomes at send time: a mail, an HTTP post, or nothing. The
 * visibility rule is applied here again, for the recipient as they are NOW: a recipient disabled,
 * moved, or no longer in the audience since the event gets nothing (the row is `withheld`).
 */
import { createHmac } from 'node:crypto'
import type { DomainEvent } from '../../bus/event'
import type { Db } from '../../store/db'
import { eventById } from '../../store/outbox'
import { inScope, type Viewer } from '../../tlp'
import { chatBody, contentLevel, render, type Links } from './content'
import { ackToken } from './hub-key'
import { EMAIL, type ChannelKind, type Topic } from './notify'
import * as store from './notify.store'
import { encryptText, signText, type HubKey } from './pgp'

export interface OutgoingMail {
  kind: 'mail'
  to: string
  subject: string
  text: string
  /** Stable per notification: a resend after a crash is recognisable as the same message. */
  messageId: string
}

export interface OutgoingPost {
  kind: 'post'
  url: string
  body: string
  headers: Record<string, string>
}

export type Outgoing = OutgoingMail | OutgoingPost | { kind: 'withheld'; reason: string }

export interface DeliverContext {
  db: Db
  hubKey: HubKey
  /** The hub's public address, for links (PUBLIC_URL). */
  publicUrl: string
  /** The host part of Message-IDs. */
  mailDomain: string
}

export const SIGNATURE_HEADER = 'x-shieldwall-signature'

/** HMAC-SHA256 of the exact body with the channel's secret, as `sha256=<hex>`. */
export const webhookSignature = (secret: string, body: string): string => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`

function linksOf(ctx: DeliverContext, n: store.NotificationRow, e: DomainEvent): Links {
  const base = ctx.publicUrl.replace(/\/$/, '')
  return {
    open: `${base}/#/events/${e.id}`,
    ...(n.escalation_id ? { ack: `${base}/api/v1/notify/ack?token=${ackToken(ctx.hubKey.ackSecret, n.escalation_id, n.user_id)}` } : {}),
  }
}

/**
 * What one pass of the sender needs read, read once for its whole batch: the recipients as they
 * are now (one query), each event once, each organization's chain once.
 */
export interface SendPass {
  prepare(n: store.NotificationRow): Promise<Outgoing>
}

export async function sendPass(ctx: DeliverContext, batch: readonly store.NotificationRow[]): Promise<SendPass> {
  const recipients = new Map((await store.recipientsByIds(ctx.db, [...new Set(batch.map((n) => n.user_id))])).map((r) => [r.id, r]))
  const events = new Map<string, Promise<DomainEvent | null>>()
  const viewerOf = store.viewerResolver(ctx.db)
  const eventOf = (id: string) => {
    let e = events.get(id)
    if (!e) events.set(id, (e = eventById(ctx.db, id)))
    return e
  }
  return { prepare: (n) => prepareWith(ctx, n, recipients.get(n.user_id), eventOf, viewerOf) }
}

/** One notification on its own (a pass of one). */
export const prepare = async (ctx: DeliverContext, n: store.NotificationRow): Promise<Outgoing> => (await sendPass(ctx, [n])).prepare(n)

async function prepareWith(
  ctx: DeliverContext,
  n: store.NotificationRow,
  recipient: store.Recipient | undefined,
  eventOf: (id: string) => Promise<DomainEvent | null>,
  viewerOf: (r: store.Recipient) => Promise<Viewer>,
): Promise<Outgoing> {
  const event = await eventOf(n.event_id)
  if (!recipient || recipient.disabled) return { kind: 'withheld', reason: 'recipient disabled' }
  if (!event) return { kind: 'withheld', reason: 'event gone' }
  const viewer = await viewerOf(recipient)
  if (!inScope({ viewer, exerciseId: event.exerciseId }, event.marking, event.exerciseId)) return { kind: 'withheld', reason: 'recipient may not see the event' }
  const topic = n.topic as Topic
  const links = linksOf(ctx, n, event)
  if (n.channel === EMAIL) {
    const level = contentLevel(event.marking.tlp, recipient.pgpKey !== null)
    const r = render(event, topic, level, links)
    const text = level === 'encrypted' ? await encryptText(ctx.hubKey, recipient.pgpKey!, r.text) : await signText(ctx.hubKey, r.text)
    return { kind: 'mail', to: recipient.email, subject: r.subject, text, messageId: `<${n.id}@${ctx.mailDomain}>` }
  }
  const channel = await store.findChannel(ctx.db, n.channel)
  if (!channel || channel.user_id !== recipient.id) return { kind: 'withheld', reason: 'channel removed' }
  const r = render(event, topic, contentLevel(event.marking.tlp, false), links)
  const kind = channel.kind as ChannelKind
  const payload =
    kind === 'webhook'
      ? { id: n.id, eventId: event.id, topic, tlp: event.marking.tlp, level: r.level, subject: r.subject, text: r.text, content: r.data, links }
      : chatBody(kind, r)
  const body = JSON.stringify(payload)
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-shieldwall-delivery': n.id }
  if (channel.secret) headers[SIGNATURE_HEADER] = webhookSignature(channel.secret, body)
  return { kind: 'post', url: channel.url, body, headers }
}
