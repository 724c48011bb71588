/**
 * What a notification says, cut to what its marking lets leave the hub:
 * - CLEAR and GREEN: the content, in the mail body, chat message or webhook payload;
 * - AMBER and AMBER+STRICT: the content only inside a mail encrypted to the recipient's OpenPGP
 *   key; otherwise (no key, a chat room, a webhook) a notice with a link and no content;
 * - RED never leaves the hub: "something for you" with a link, nothing else.
 * Every mail is signed by the hub's key. The subject line never carries content above GREEN.
 */
import type { DomainEvent } from '../../bus/event'
import { EVENT_DEFINITIONS } from '../event-catalogue'
import { TOPIC_MEANING, type Topic } from './notify'

export type ContentLevel = 'full' | 'encrypted' | 'notice' | 'ping'

/** How much of an event may go out on a channel: `canEncrypt` only for mail to a recipient with a key. */
export function contentLevel(tlp: DomainEvent['marking']['tlp'], canEncrypt: boolean): ContentLevel {
  switch (tlp) {
    case 'CLEAR':
    case 'GREEN':
      return 'full'
    case 'AMBER':
    case 'AMBER+STRICT':
      return canEncrypt ? 'encrypted' : 'notice'
    case 'RED':
      return 'ping'
  }
}

export interface Links {
  /** Where the recipient reads the event in the hub. */
  open: string
  /** Present for rota notifications: the link that stops the escalation chain. */
  ack?: string
}

export interface Rendered {
  level: ContentLevel
  subject: string
  /** Plain text (before signing or encrypting). */
  text: string
  /** The same as simple HTML, for chat formats that take it. */
  html: string
  /** Structured content for webhooks, only at level `full`. */
  data: Record<string, unknown> | null
}

const MAX_PAYLOAD_CHARS = 8000

const escapeHtml = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

const world = (e: DomainEvent): string => (e.exerciseId === null ? '' : `[EXERCISE ${e.exerciseId}] `)

function fullText(e: DomainEvent): string {
  const summary = EVENT_DEFINITIONS.get(e.type)?.summary ?? e.type
  const payload = JSON.stringify(e.payload, null, 2)
  return [
    `${world(e)}${summary}`,
    `Event: ${e.type} at ${e.at} (TLP:${e.marking.tlp})`,
    '',
    payload.length > MAX_PAYLOAD_CHARS ? `${payload.slice(0, MAX_PAYLOAD_CHARS)}\n… (cut; read it in the hub)` : payload,
  ].join('\n')
}

const linkLines = (links: Links): string[] => [`Open in the hub: ${links.open}`, ...(links.ack ? [`Acknowledge (stops the call to the next on duty): ${links.ack}`] : [])]

/** Renders an event for one recipient at the level its marking and channel allow. */
export function render(e: DomainEvent, topic: Topic, level: ContentLevel, links: Links): Rendered {
  const tlp = e.marking.tlp
  const linksText = linkLines(links)
  const linksHtml = [`<a href="${escapeHtml(links.open)}">Open in the hub</a>`, ...(links.ack ? [`<a href="${escapeHtml(links.ack)}">Acknowledge</a>`] : [])].join(' · ')
  switch (level) {
    case 'full':
    case 'encrypted': {
      const text = fullText(e)
      const subject = level === 'full' ? `[Shieldwall] ${world(e)}${EVENT_DEFINITIONS.get(e.type)?.summary ?? e.type} (TLP:${tlp})` : `[Shieldwall] ${world(e)}TLP:${tlp} notification (encrypted)`
      const data = level === 'full' ? { type: e.type, at: e.at, tlp, exerciseId: e.exerciseId, subject: e.subject, payload: e.payload } : null
      return { level, subject, text: [text, '', ...linksText].join('\n'), html: `<pre>${escapeHtml(text)}</pre><p>${linksHtml}</p>`, data }
    }
    case 'notice': {
      const text = `${world(e)}A TLP:${tlp} notification for you (${TOPIC_MEANING[topic]}). Its content is not sent outside the hub unencrypted.`
      return { level, subject: `[Shieldwall] ${world(e)}TLP:${tlp} notification`, text: [text, '', ...linksText].join('\n'), html: `<p>${escapeHtml(text)}</p><p>${linksHtml}</p>`, data: null }
    }
    case 'ping': {
      const text = 'Something for you on Shieldwall.'
      return { level, subject: '[Shieldwall] Something for you', text: [text, '', ...linksText].join('\n'), html: `<p>${text}</p><p>${linksHtml}</p>`, data: null }
    }
  }
}

/** The body a chat room's incoming webhook takes, per product. */
export function chatBody(kind: 'matrix' | 'mattermost' | 'teams', r: Rendered): Record<string, unknown> {
  switch (kind) {
    case 'matrix':
      // matrix-hookshot generic webhooks: `text` and optional `html`.
      return { text: `${r.subject}\n${r.text}`, html: `<p><strong>${escapeHtml(r.subject)}</strong></p>${r.html}` }
    case 'mattermost':
      return { text: `**${r.subject}**\n${r.text}` }
    case 'teams':
      return { '@type': 'MessageCard', '@context': 'https://schema.org/extensions', summary: r.subject, title: r.subject, text: r.html }
  }
}
