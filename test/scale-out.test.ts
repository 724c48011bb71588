/**
 * Two real hub processes on one PostgreSQL and one NATS JetStream behave as one hub: a change
 * made through process A reaches live subscribers of process B, nobody gets an event twice, and
 * every deadline fires once although both processes' deadline runners race for it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DomainEvent } from '../src/bus/event'
import { createHubClient } from '../src/client/hub-client'
import { ANSWER_DEADLINE } from '../src/domain/assistance/rounds'
import { openStore, type Store } from '../src/store/db'
import { armDeadline, disarmDeadlines } from '../src/store/deadlines'
import { inTx } from '../src/store/tx'
import { openSse, openWs, subscribeWs, type TestWs } from './live-client'
import { NATS_URL, PG_URL, startCluster, type Cluster } from './processes'
import { wiperIncident } from './incidents'
import { cookieThroughLink, tokenThroughEnrolment } from './signin'

describe.skipIf(!PG_URL || !NATS_URL)('several hub processes over PostgreSQL and NATS', () => {
  let cluster: Cluster
  beforeAll(async () => {
    // Both processes run the deadline runner (ROLES defaults to http,jobs), polling often.
    cluster = await startCluster(2, { JOBS_POLL_MS: '200' })
  }, 60_000)
  afterAll(() => cluster?.close(), 30_000)

  // Each process is called over a real socket through the typed client.
  const api = (base: string, token = cluster.adminToken) => createHubClient(base, token)

  /** The body of an answer, after checking its status: fails the test on an unexpected one. */
  const expectStatus = <T>(res: { data?: T; error?: unknown; response: Response }, status: number, what: string): T => {
    expect(res.response.status, `${what}: ${JSON.stringify(res.error ?? null)}`).toBe(status)
    return res.data as T
  }

  const admit = async (base: string, name: string) =>
    expectStatus(await api(base).POST('/api/v1/orgs', { body: { name, kind: 'nation', country: name.slice(0, 2) } }), 201, `admit ${name}`)

  it('delivers a change made through A to subscribers of B (and A), each event once, in seq order', async () => {
    const [a, b] = cluster.processes as [(typeof cluster.processes)[0], (typeof cluster.processes)[0]]
    const onA = await subscribeWs(a.url, cluster.adminToken, { types: ['org.admitted'] })
    const onB = await subscribeWs(b.url, cluster.adminToken, { types: ['org.admitted'] })
    const orgs: string[] = []
    // Alternate the process that takes the change; both processes must see all of them.
    for (const [i, country] of ['EE', 'LV', 'LT', 'PL', 'FI', 'SE'].entries()) {
      orgs.push((await admit(i % 2 === 0 ? a.url : b.url, `${country} ${i}`)).id)
    }
    const all = (c: TestWs) => c.waitFor(() => c.events().length >= orgs.length, 10_000)
    await Promise.all([all(onA), all(onB)])
    // Time for a duplicate (a redelivery, the relay) to show up if one were coming.
    await new Promise((r) => setTimeout(r, 500))
    const ids = (c: TestWs) => c.events().map((e: DomainEvent) => (e.payload as { id: string }).id)
    expect(ids(onB)).toEqual(orgs)
    expect(ids(onA)).toEqual(orgs)
    const seqs = onB.events().map((e) => e.seq)
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y))
    onA.ws.close()
    onB.ws.close()
  }, 30_000)

  it('resumes on B from a seq seen on A: one history for the whole hub', async () => {
    const [a, b] = cluster.processes as [(typeof cluster.processes)[0], (typeof cluster.processes)[0]]
    const onA = await subscribeWs(a.url, cluster.adminToken, { types: ['org.admitted'] })
    const first = await admit(a.url, 'DE resume')
    await onA.waitFor((f) => (f.event?.payload as { id?: string } | undefined)?.id === first.id)
    const lastSeq = onA.events().at(-1)!.seq
    onA.ws.close()
    const missed = [(await admit(a.url, 'FR resume')).id, (await admit(b.url, 'NL resume')).id]
    const onB = await subscribeWs(b.url, cluster.adminToken, { types: ['org.admitted'] }, lastSeq)
    await onB.waitFor(() => onB.events().length >= 2, 10_000)
    const later = (await admit(a.url, 'BE resume')).id
    await onB.waitFor((f) => (f.event?.payload as { id?: string } | undefined)?.id === later, 10_000)
    await new Promise((r) => setTimeout(r, 300))
    expect(onB.events().map((e) => (e.payload as { id: string }).id)).toEqual([...missed, later])
    onB.ws.close()
  }, 30_000)

  const userWithToken = async (base: string, orgId: string, roles: ('admin' | 'poc' | 'analyst')[]) => {
    const email = `${roles.join('-')}-${Math.random().toString(36).slice(2)}@example.org`
    const user = expectStatus(await api(base).POST('/api/v1/users', { body: { orgId, email, displayName: 'Deadline test', roles } }), 201, 'user')
    const token = await tokenThroughEnrolment(base, cluster.adminToken, user.id)
    return { id: user.id, token }
  }

  it('fires every deadline once, with both processes claiming, each effect once (audit, outbox, live feed)', async () => {
    const [a, b] = cluster.processes as [(typeof cluster.processes)[0], (typeof cluster.processes)[0]]
    const N = 40
    // A requesting nation with an agency, and one provider nation lending the category: each
    // request is offered to that provider, and its round's answer deadline is armed as a row.
    const requester = await admit(a.url, 'IT deadlines')
    const agency = expectStatus(await api(a.url).POST('/api/v1/orgs', { body: { name: 'IT deadlines agency', kind: 'agency', parentId: requester.id } }), 201, 'agency')
    const poc = await userWithToken(a.url, requester.id, ['admin', 'poc'])
    const drafter = await userWithToken(a.url, agency.id, ['analyst'])
    const provider = await admit(b.url, 'ES deadlines')
    const providerAdmin = await userWithToken(b.url, provider.id, ['admin', 'poc'])
    const category = 'digital-forensics'
    const lent = await api(b.url, providerAdmin.token).POST('/api/v1/capabilities', { body: {
      category,
      description: 'Disk and memory forensics',
      capacity: 50,
      languages: ['en'],
      delivery: 'remote',
      responseHours: 4,
      sectors: ['energy'],
      workingHours: { tz: 'Europe/Madrid', days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '00:00' },
    } })
    expectStatus(lent, 201, 'capability')
    const incident = expectStatus(await api(a.url, poc.token).POST('/api/v1/incidents', { body: wiperIncident({ title: 'Wiper at substation 9', audienceOrgs: [requester.id, agency.id] }) }), 201, 'incident')
    const requestIds: string[] = []
    for (let i = 0; i < N; i++) {
      const base = i % 2 === 0 ? a.url : b.url
      const { id } = expectStatus(await api(base, drafter.token).POST('/api/v1/assistance/requests', { body: {
        incidentId: incident.id, category, urgency: 'high', needed: 1, languages: ['en'], delivery: 'either', sanitizedSummary: `Need forensics, case ${i}`,
      } }), 201, `request ${i}`)
      const at = { params: { path: { id } } }
      expectStatus(await api(base, drafter.token).POST('/api/v1/assistance/requests/{id}/approve-summary', at), 200, `approve ${i}`)
      const sub = expectStatus(await api(base, poc.token).POST('/api/v1/assistance/requests/{id}/submit', at), 200, `submit ${i}`)
      expect(sub.state).toBe('offered')
      expect(sub.offers).toHaveLength(1)
      requestIds.push(id)
    }
    // The provider hears of each expiry on both processes: once each, never twice.
    const types = ['assistance.offer.expired']
    const onA = await subscribeWs(a.url, providerAdmin.token, { types })
    const onB = await subscribeWs(b.url, providerAdmin.token, { types })

    // Time travel through the store's own functions, as startRound arms them: every round's
    // deadline, now due, armed in one transaction so both runners find them all at once.
    const store: Store = await openStore({ databaseUrl: cluster.env.DATABASE_URL!, pgSchema: cluster.env.DATABASE_SCHEMA!, dataDir: '' })
    try {
      const at = new Date().toISOString()
      const armed = await inTx(store.db, async (tx) => {
        const ids: string[] = []
        for (const id of requestIds) {
          await disarmDeadlines(tx, id, at)
          ids.push(await armDeadline(tx, ANSWER_DEADLINE, id, new Date(Date.now() - 1_000).toISOString()))
        }
        return ids
      })
      const rows = async () => store.db.selectFrom('deadline').selectAll().where('id', 'in', armed).execute()
      const deadline = Date.now() + 20_000
      while ((await rows()).some((r) => r.fired_at === null) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
      const fired = await rows()
      expect(fired.filter((r) => r.fired_at === null)).toEqual([])
      const names = [a.name, b.name]
      for (const r of fired) expect(names).toContain(r.claimed_by)
      const split = names.map((n) => fired.filter((r) => r.claimed_by === n).length)
      console.log(`deadlines claimed by process A / B: ${split.join(' / ')}`)
      // Both runners took part: the claim, not the luck of one idle process, kept them apart.
      expect(split.every((n) => n > 0), `split ${split.join('/')}`).toBe(true)

      // Each deadline's effect happened once: one audit entry, one expiry event, one escalation.
      const perRequest = async (q: () => Promise<{ subject: string }[]>) => {
        const counts = new Map<string, number>()
        for (const r of await q()) counts.set(r.subject, (counts.get(r.subject) ?? 0) + 1)
        return requestIds.map((id) => counts.get(id) ?? 0)
      }
      const audits = (action: string) => perRequest(() => store.db.selectFrom('audit_log').select('subject').where('action', '=', action).execute())
      expect(await audits('assistance.deadline')).toEqual(requestIds.map(() => 1))
      expect(await audits('assistance.escalate')).toEqual(requestIds.map(() => 1))
      const expired = await store.db.selectFrom('outbox_event').select('subject').where('type', '=', 'assistance.offer.expired').execute()
      const expiredPerRequest = requestIds.map((id) => expired.filter((e) => (JSON.parse(e.subject) as { requestId?: string }).requestId === id).length)
      expect(expiredPerRequest).toEqual(requestIds.map(() => 1))
    } finally {
      await store.close()
    }
    const all = (c: TestWs) => c.waitFor(() => c.events().length >= N, 10_000)
    await Promise.all([all(onA), all(onB)])
    await new Promise((r) => setTimeout(r, 500))
    const requestsSeen = (c: TestWs) => c.events().map((e) => e.subject.requestId).sort()
    expect(requestsSeen(onA)).toEqual([...requestIds].sort())
    expect(requestsSeen(onB)).toEqual([...requestIds].sort())
    onA.ws.close()
    onB.ws.close()
  }, 90_000)

  it('revoking a token through A ends its live connections on B (4001) within seconds: the revocation is an event on the bus', async () => {
    const [a, b] = cluster.processes as [(typeof cluster.processes)[0], (typeof cluster.processes)[0]]
    const nation = await admit(a.url, 'HU revoke')
    const user = await userWithToken(a.url, nation.id, ['analyst'])
    const tokenId = expectStatus(await api(a.url).GET('/api/v1/tokens', { params: { query: { userId: user.id } } }), 200, 'tokens')[0]!.id
    const onB = await subscribeWs(b.url, user.token)
    const sseOnB = await openSse(b.url, user.token)
    const started = Date.now()
    expectStatus(await api(a.url).DELETE('/api/v1/tokens/{id}', { params: { path: { id: tokenId } } }), 200, 'revoke')
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('still open after 5 s')), 5_000))
    expect(await Promise.race([onB.closed, timeout])).toEqual({ code: 4001, reason: 'token revoked' })
    expect(await Promise.race([sseOnB.closed, timeout])).toEqual({ code: 4001, reason: 'token revoked' })
    console.log(`revoked through A, closed on B after ${Date.now() - started} ms`)
  }, 30_000)

  it('disabling a user through A closes their cookie-signed WebSocket on B (4001): offboarding reaches every process', async () => {
    const [a, b] = cluster.processes as [(typeof cluster.processes)[0], (typeof cluster.processes)[0]]
    const nation = await admit(a.url, 'SK disable')
    const user = expectStatus(await api(a.url).POST('/api/v1/users', { body: { orgId: nation.id, email: `off-${Math.random().toString(36).slice(2)}@example.org`, displayName: 'Leaver', roles: ['analyst'] } }), 201, 'user')
    const link = expectStatus(await api(a.url).POST('/api/v1/users/{id}/enrolment', { params: { path: { id: user.id } } }), 201, 'link')
    // The person enrols on B, which signs them in there; their browser opens the live feed on B.
    const cookie = await cookieThroughLink(b.url, link.token)
    const onB = openWs(`${b.url.replace('http', 'ws')}/api/v1/live`, undefined, { cookie, origin: b.url })
    await onB.waitFor((f) => f.kind === 'authenticated')
    expectStatus(await api(a.url).POST('/api/v1/users/{id}/disable', { params: { path: { id: user.id } } }), 200, 'disable')
    // A generous bound on waiting for the close, not a timing assertion.
    const bound = new Promise((r) => setTimeout(() => r('still open after 15 s'), 15_000))
    expect(await Promise.race([onB.closed, bound])).toEqual({ code: 4001, reason: 'user disabled' })
  }, 40_000)
})
