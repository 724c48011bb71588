/**
 * What one claimed notification becomes at send time: a mail, an HTTP post, or nothing. The
 * visibility rule is applied here again, for the recipient as they are NOW: a recipient disabled,
 * moved, or no longer in the audience since the event gets nothing (the row is `withheld`).
 */
import { createHmac } from 'node:crypto'
import type { DomainEvent } from '../../bus/event'
import type { Db } from '../../store/db'
import { eventById } from '../../store/outbox'
import { inScope } from '../../tlp'
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
  /** The hub's public address, for links (HUB_PUBLIC_URL). */
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

export async function prepare(ctx: DeliverContext, n: store.NotificationRow): Promise<Outgoing> {
  const [recipient] = await store.recipientsByIds(ctx.db, [n.user_id])
  const event = await eventById(ctx.db, n.event_id)
  if (!recipient || recipient.disabled) return { kind: 'withheld', reason: 'recipient disabled' }
  if (!event) return { kind: 'withheld', reason: 'event gone' }
  const viewer = await store.viewerResolver(ctx.db)(recipient)
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
