/**
 * Two real hub processes (PostgreSQL + NATS, both with the jobs role, both polling for due
 * notifications every 50 ms) send each notification exactly once to a real SMTP server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHubClient } from '../client/hub-client'
import { systemClock } from '../core/clock'
import { RecordingSink } from '../domain/events'
import { notificationDeriver } from '../domain/notify'
import { openStore, type Store } from '../store/db'
import { emitCorrelation, marking } from '../../test/notify-world'
import { startSmtpServer, type Mailbox } from '../../test/notify-receivers'
import { NATS_URL, PG_URL, startCluster, type Cluster } from '../../test/processes'
import type { TestHub } from '../../test/hub'

describe.skipIf(!PG_URL || !NATS_URL)('notifications from two hub processes', () => {
  let cluster: Cluster
  let smtp: Mailbox
  let store: Store

  beforeAll(async () => {
    smtp = await startSmtpServer()
    cluster = await startCluster(2, { SMTP_URL: smtp.url, NOTIFY_POLL_MS: '50' })
    store = await openStore({ databaseUrl: PG_URL, dataDir: '', pgSchema: cluster.env.DATABASE_SCHEMA! })
  }, 60_000)
  afterAll(async () => {
    await store?.close()
    await cluster?.close()
    await smtp?.close()
  }, 30_000)

  it('sends each notification once although both senders race for every row', async () => {
    const api = createHubClient(cluster.processes[0]!.url, cluster.adminToken)
    const org = await api.POST('/api/v1/orgs', { body: { name: 'Notified nation', kind: 'nation', country: 'EE' } })
    expect(org.response.status).toBe(201)
    const users = 10
    for (let i = 0; i < users; i++) {
      const u = await api.POST('/api/v1/users', { body: { orgId: org.data!.id, email: `duty${i}@ee.example`, displayName: `Duty ${i}`, roles: ['analyst'] } })
      expect(u.response.status).toBe(201)
    }
    // Events committed by a third party on the same database: the notifications are written with them.
    const writer = { hub: { deps: { db: store.db, clock: systemClock, events: new RecordingSink(), onEventsWritten: notificationDeriver() } } } as unknown as TestHub
    const events = 20
    for (let i = 0; i < events; i++) await emitCorrelation(writer, marking('GREEN', org.data!.id, { audienceOrgs: [org.data!.id] }), `two-process-${i}`)
    const expected = users * events
    const deadline = Date.now() + 30_000
    while (smtp.mails.length < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
    // Time for a second copy to show up if one were coming.
    await new Promise((r) => setTimeout(r, 1000))
    expect(smtp.mails).toHaveLength(expected)
    expect(new Set(smtp.mails.map((m) => m.messageId)).size).toBe(expected)
    const rows = await store.db.selectFrom('notification').select(['state', 'claimed_by']).execute()
    expect(rows).toHaveLength(expected)
    expect(rows.every((r) => r.state === 'sent')).toBe(true)
  }, 60_000)
})
