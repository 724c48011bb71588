/**
 * Notifications fanned out to 1,000 recipients with rules (each: mail to a local SMTP server and a
 * signed webhook to a local HTTP receiver), from the commit of one GREEN event to the last
 * delivery, beside raw SMTP (nodemailer straight to the same server, same pool size) and raw HTTP
 * (fetch straight to the same receiver) for the same number of messages, in the same run; then the
 * time from a commit to its mail in the server (p50, p99), the sender woken after the commit as the
 * hub does. SQLite, and PostgreSQL when TEST_DATABASE_URL is set.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import nodemailer from 'nodemailer'
import type SMTPPool from 'nodemailer/lib/smtp-pool'
import { systemClock } from '../src/core/clock'
import { createLogger } from '../src/core/logger'
import { newId } from '../src/core/ids'
import type { Deps } from '../src/domain/deps'
import { ensureHubKey, notificationDeriver } from '../src/domain/notify'
import { unitOfWork, type UncheckedEvents } from '../src/domain/unit-of-work'
import { createNotifySender, type NotifySender } from '../src/jobs/notify-sender'
import { createTransports } from '../src/jobs/notify-transports'
import { saveMarking } from '../src/store/marking.store'
import type { Marking } from '../src/tlp'
import { startHttpReceiver, startSmtpServer, type HttpReceiver, type Mailbox } from '../test/notify-receivers'
import { openBenchStore, type BenchStore } from './bench-store'
import { fmt, percentile } from './stats'

const RECIPIENTS = 1000
const LATENCY_RUNS = 100
const AT = '2026-03-01T09:00:00.000Z'

async function seed(store: BenchStore, receiverUrl: string): Promise<{ orgId: string; loneOrgId: string }> {
  const orgId = newId()
  const loneOrgId = newId()
  await store.db.insertInto('org').values([
    { id: orgId, name: `bench-${orgId}`, kind: 'nation', country: 'EE', parent_id: null, created_at: AT },
    { id: loneOrgId, name: `bench-${loneOrgId}`, kind: 'nation', country: 'LV', parent_id: null, created_at: AT },
  ]).execute()
  const users = Array.from({ length: RECIPIENTS }, (_, i) => ({ id: newId(), org_id: orgId, email: `duty${i}@bench.example`, display_name: `Duty ${i}`, roles: 'analyst', created_at: AT, disabled_at: null }))
  const lone = { id: newId(), org_id: loneOrgId, email: 'lone@bench.example', display_name: 'Lone', roles: 'analyst', created_at: AT, disabled_at: null }
  for (let i = 0; i < users.length; i += 200) await store.db.insertInto('app_user').values(users.slice(i, i + 200)).execute()
  await store.db.insertInto('app_user').values(lone).execute()
  const channels = users.map((u) => ({ id: newId(), user_id: u.id, kind: 'webhook', url: `${receiverUrl}/hook`, secret: 'bench-secret-of-enough-length', created_at: AT }))
  for (let i = 0; i < channels.length; i += 200) {
    await store.db.insertInto('notify_channel').values(channels.slice(i, i + 200)).execute()
    await store.db.insertInto('notify_rule').values(channels.slice(i, i + 200).map((c) => ({ user_id: c.user_id, topic: 'correlation', channels: JSON.stringify(['email', c.id]) }))).execute()
  }
  return { orgId, loneOrgId }
}

async function emitGreen(deps: Deps, orgId: string, n: number): Promise<void> {
  const marking: Marking = { tlp: 'GREEN', audienceOrgs: [orgId], audienceUsers: [], originatorOrg: orgId, originatorUser: null }
  await unitOfWork<unknown, UncheckedEvents>(deps, async (u) => {
    const markingId = await saveMarking(u.tx, marking, u.at)
    await u.emit({ type: 'intel.correlation', markingId, marking, exerciseId: null, subject: {}, payload: { bench: n, value: '203.0.113.7', note: 'a value two members hold' } })
  })
}

const waitUntil = async (ok: () => boolean): Promise<void> => {
  while (!ok()) await new Promise((r) => setTimeout(r, 2))
}

async function rawSmtp(smtp: Mailbox, count: number): Promise<number> {
  const pool = nodemailer.createTransport({ url: smtp.url, pool: true, maxConnections: 5 } as SMTPPool.Options)
  const before = smtp.mails.length
  const t0 = performance.now()
  for (let i = 0; i < count; i += 50) {
    await Promise.all(Array.from({ length: Math.min(50, count - i) }, (_, j) => pool.sendMail({ from: 'hub@bench.example', to: `duty${i + j}@bench.example`, subject: 'raw', text: 'x'.repeat(600) })))
  }
  await waitUntil(() => smtp.mails.length >= before + count)
  const ms = performance.now() - t0
  pool.close()
  return ms
}

async function rawHttp(http: HttpReceiver, count: number): Promise<number> {
  const t0 = performance.now()
  for (let i = 0; i < count; i += 50) {
    await Promise.all(Array.from({ length: Math.min(50, count - i) }, () => fetch(`${http.url}/raw`, { method: 'POST', body: JSON.stringify({ text: 'x'.repeat(600) }), headers: { 'content-type': 'application/json' } }).then((r) => r.arrayBuffer())))
  }
  return performance.now() - t0
}

async function runDialect(dialect: 'sqlite' | 'postgres', dir: string): Promise<void> {
  const smtp = await startSmtpServer()
  const http = await startHttpReceiver()
  const store = await openBenchStore(dialect, dir, 'notify')
  let sender: NotifySender | null = null
  try {
    const { orgId, loneOrgId } = await seed(store, http.url)
    const hubKey = await ensureHubKey(store.db, AT, 'Bench hub', 'hub@bench.example')
    const logger = createLogger('silent')
    sender = createNotifySender({
      db: store.db,
      clock: systemClock,
      owner: 'bench',
      logger,
      context: { db: store.db, hubKey, publicUrl: 'https://hub.example', mailDomain: 'bench.example' },
      transports: createTransports({ smtpUrl: smtp.url, from: 'hub@bench.example' }),
      pollMs: 1000,
    })
    const deps: Deps = { db: store.db, clock: systemClock, events: { publish: async () => sender?.wake() }, onEventsWritten: notificationDeriver() }

    // Fan-out: one event, 1,000 recipients, two channels each.
    const t0 = performance.now()
    await emitGreen(deps, orgId, 0)
    const derivedMs = performance.now() - t0
    await sender.runOnce()
    await waitUntil(() => smtp.mails.length >= RECIPIENTS && http.received.length >= RECIPIENTS)
    const fanoutMs = performance.now() - t0
    const delivered = smtp.mails.length + http.received.length

    const smtpMs = await rawSmtp(smtp, RECIPIENTS)
    const httpMs = await rawHttp(http, RECIPIENTS)
    const rawRate = (2 * RECIPIENTS) / ((smtpMs + httpMs) / 1000)
    const rate = delivered / (fanoutMs / 1000)
    console.log(`${dialect}: fan-out of one GREEN event to ${RECIPIENTS} recipients (mail + signed webhook each): ${delivered} deliveries in ${fmt(fanoutMs, 0)} ms = ${fmt(rate, 0)}/s (rows derived in the commit: ${fmt(derivedMs, 0)} ms)`)
    console.log(`${dialect}: raw SMTP (nodemailer, 5 pooled connections) ${fmt(RECIPIENTS / (smtpMs / 1000), 0)} mails/s; raw HTTP (fetch) ${fmt(RECIPIENTS / (httpMs / 1000), 0)} posts/s; both for the same ${2 * RECIPIENTS} messages ${fmt(rawRate, 0)}/s`)
    console.log(`${dialect}: ratio fan-out / raw sends = ${fmt(rate / rawRate, 2)} (the rest: deriving, claiming, the visibility check at send time, OpenPGP signing, state updates)`)

    // Commit → mail in the server, one recipient at a time, the sender woken by the commit.
    sender.start()
    const lone = await store.db.selectFrom('app_user').select('id').where('org_id', '=', loneOrgId).executeTakeFirstOrThrow()
    await store.db.insertInto('notify_rule').values({ user_id: lone.id, topic: 'correlation', channels: JSON.stringify(['email']) }).execute()
    const latencies: number[] = []
    for (let i = 0; i < LATENCY_RUNS; i++) {
      const got = new Promise<number>((resolve) => (smtp.onMail = () => resolve(performance.now())))
      const start = performance.now()
      await emitGreen(deps, loneOrgId, i + 1)
      latencies.push((await got) - start)
    }
    latencies.sort((a, b) => a - b)
    // The same path without the hub: one mail handed to nodemailer until it is in the server.
    const pool = nodemailer.createTransport({ url: smtp.url, pool: true, maxConnections: 5 } as SMTPPool.Options)
    const raw: number[] = []
    for (let i = 0; i < LATENCY_RUNS; i++) {
      const got = new Promise<number>((resolve) => (smtp.onMail = () => resolve(performance.now())))
      const start = performance.now()
      await pool.sendMail({ from: 'hub@bench.example', to: 'lone@bench.example', subject: 'raw', text: 'x'.repeat(600) })
      raw.push((await got) - start)
    }
    pool.close()
    smtp.onMail = null
    raw.sort((a, b) => a - b)
    console.log(`${dialect}: commit → mail in the server over ${LATENCY_RUNS} events: p50 ${fmt(percentile(latencies, 50))} ms, p99 ${fmt(percentile(latencies, 99))} ms; raw nodemailer → server p50 ${fmt(percentile(raw, 50))} ms, p99 ${fmt(percentile(raw, 99))} ms (ratio p50 ${fmt(percentile(latencies, 50) / percentile(raw, 50), 2)})`)
  } finally {
    await sender?.stop()
    await store.cleanup()
    await smtp.close()
    await http.close()
  }
}

export default async function bench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sw-notify-bench-'))
  try {
    await runDialect('sqlite', dir)
    if (process.env.TEST_DATABASE_URL) await runDialect('postgres', dir)
    else console.log('postgres: skipped (set TEST_DATABASE_URL)')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
