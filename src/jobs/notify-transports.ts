/**
 * How notifications leave the hub: mail over SMTP (nodemailer) and HTTP posts (webhooks and chat
 * rooms' incoming webhooks) with fetch. A non-2xx answer is a failure, retried by the sender.
 */
import nodemailer from 'nodemailer'
import type SMTPPool from 'nodemailer/lib/smtp-pool'
import type { OutgoingMail, OutgoingPost } from '../domain/notify'

export interface NotifyTransports {
  sendMail(m: OutgoingMail): Promise<void>
  post(p: OutgoingPost): Promise<void>
  close(): void
}

export interface TransportOptions {
  /** smtp://user:pass@host:port or smtps://…; null: mail is not configured (mail notifications fail and are retried). */
  smtpUrl: string | null
  from: string
  /** SMTP connections kept open at most. Default 5. */
  smtpConnections?: number
  /** How long an HTTP receiver may take to answer. */
  httpTimeoutMs?: number
}

export function createTransports(opts: TransportOptions): NotifyTransports {
  // A pool of a few kept-open connections: a fan-out to many people does not open one per mail.
  const smtp = opts.smtpUrl === null ? null : nodemailer.createTransport({ url: opts.smtpUrl, pool: true, maxConnections: opts.smtpConnections ?? 5 } as SMTPPool.Options, { from: opts.from })
  const timeout = opts.httpTimeoutMs ?? 10_000
  return {
    async sendMail(m) {
      if (smtp === null) throw new Error('SMTP_URL is not set: mail cannot be sent')
      await smtp.sendMail({ from: opts.from, to: m.to, subject: m.subject, text: m.text, messageId: m.messageId })
    },
    async post(p) {
      const res = await fetch(p.url, { method: 'POST', body: p.body, headers: p.headers, signal: AbortSignal.timeout(timeout), redirect: 'error' })
      await res.arrayBuffer().catch(() => undefined)
      if (!res.ok) throw new Error(`HTTP ${res.status} from the receiver`)
    },
    close() {
      smtp?.close()
    },
  }
}
