/**
 * Two real hub processes on one PostgreSQL and one NATS JetStream, both running the deadline
 * runner, race the same decision deadlines: each proposal is decided once (one outcome, one audit
 * entry), its effect applied once (one request for help drafted), and its `decision.decided`
 * event delivered once to an addressee's subscribers on either process, and to nobody not asked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHubClient } from '../src/client/hub-client'
import { DECISION_DEADLINE } from '../src/domain/decision'
import { openStore, type Store } from '../src/store/db'
import { wiperIncident } from './incidents'
import { subscribeWs, type TestWs } from './live-client'
import { tokenThroughEnrolment } from './signin'
import { NATS_URL, PG_URL, startCluster, type Cluster } from './processes'

describe.skipIf(!PG_URL || !NATS_URL)('decision deadlines raced by two hub processes over PostgreSQL and NATS', () => {
  let cluster: Cluster
  beforeAll(async () => {
    cluster = await startCluster(2, { JOBS_POLL_MS: '100' })
  }, 60_000)
  afterAll(() => cluster?.close(), 30_000)

  const api = (base: string, token = cluster.adminToken) => createHubClient(base, token)
  const ok = <T>(res: { data?: T; error?: unknown; response: Response }, what: string): T => {
    expect(res.response.status, `${what}: ${JSON.stringify(res.error ?? null)}`).toBeLessThan(300)
    return res.data as T
  }

  it('decides each proposal once, applies its effect once, and delivers one decided event', async () => {
    const [a, b] = cluster.processes as [(typeof cluster.processes)[0], (typeof cluster.processes)[0]]
    const nation = async (country: string) => {
      const org = ok(await api(a.url).POST('/api/v1/orgs', { body: { name: `${country} decisions`, kind: 'nation', country } }), 'org')
      const user = ok(await api(a.url).POST('/api/v1/users', { body: { orgId: org.id, email: `poc-${country}@example.org`, displayName: 'POC', roles: ['admin', 'poc'] } }), 'user')
      // The person enrols through the link and issues their own token (an admin cannot mint it).
      const token = await tokenThroughEnrolment(a.url, cluster.adminToken, user.id)
      return { org, token }
    }
    const ee = await nation('EE')
    const lv = await nation('LV')
    const pl = await nation('PL')
    const incident = ok(await api(a.url, ee.token).POST('/api/v1/incidents', { body: wiperIncident({ tlp: 'AMBER', audienceOrgs: [ee.org.id] }) }), 'incident')
    const onA = await subscribeWs(a.url, lv.token, { types: ['decision.decided'] })
    const onB = await subscribeWs(b.url, lv.token, { types: ['decision.decided'] })
    // A member that was not asked, listening for every decision event on both processes.
    const outsiders = [await subscribeWs(a.url, pl.token, { types: ['decision.*'] }), await subscribeWs(b.url, pl.token, { types: ['decision.*'] })]

    const N = 30
    // One deadline for all, a few seconds out: both runners find them due at once.
    const deadline = new Date(Date.now() + 6_000).toISOString()
    const ids: string[] = []
    for (let i = 0; i < N; i++) {
      const p = ok(await api(i % 2 === 0 ? a.url : b.url, ee.token).POST('/api/v1/decisions', {
        body: {
          kind: 'deploy_team', title: `Deploy ${i}`, text: `Deploy a team, case ${i}`, addressees: [ee.org.id, lv.org.id], procedure: 'silence', deadline,
          subjectKind: 'incident', subjectIds: [incident.id], deployment: { category: 'digital-forensics', urgency: 'high', needed: 1, languages: ['en'], delivery: 'remote' },
        },
      }), `propose ${i}`)
      ids.push(p.id)
    }
    expect(Date.now(), 'the proposals took longer to make than the deadline allows').toBeLessThan(Date.parse(deadline))

    const store: Store = await openStore({ databaseUrl: cluster.env.DATABASE_URL!, pgSchema: cluster.env.DATABASE_SCHEMA!, dataDir: '' })
    try {
      const armed = () => store.db.selectFrom('deadline').selectAll().where('kind', '=', DECISION_DEADLINE).where('subject_id', 'in', ids).execute()
      const until = Date.now() + 30_000
      while ((await armed()).some((r) => r.fired_at === null) && Date.now() < until) await new Promise((r) => setTimeout(r, 100))
      const fired = await armed()
      expect(fired.filter((r) => r.fired_at === null)).toEqual([])
      const split = [a.name, b.name].map((n) => fired.filter((r) => r.claimed_by === n).length)
      console.log(`decision deadlines claimed by process A / B: ${split.join(' / ')}`)
      expect(split[0]! + split[1]!).toBe(N)

      const perProposal = (subjects: readonly string[]) => ids.map((id) => subjects.filter((s) => s === id).length)
      const ones = ids.map(() => 1)
      const decided = await store.db.selectFrom('decision_proposal').select(['id', 'state', 'outcome']).where('id', 'in', ids).execute()
      expect(decided.every((d) => d.state === 'decided' && d.outcome === 'adopted')).toBe(true)
      expect(perProposal((await store.db.selectFrom('audit_log').select('subject').where('action', '=', 'decision.decide').execute()).map((r) => r.subject))).toEqual(ones)
      expect(perProposal((await store.db.selectFrom('decision_effect').select('proposal_id').execute()).map((r) => r.proposal_id))).toEqual(ones)
      const events = await store.db.selectFrom('outbox_event').select('payload').where('type', '=', 'decision.decided').execute()
      expect(perProposal(events.map((e) => (JSON.parse(e.payload) as { proposalId: string }).proposalId))).toEqual(ones)
      const requests = await store.db.selectFrom('assistance_request').select('sanitized_summary').where('incident_id', '=', incident.id).execute()
      expect(requests.map((r) => r.sanitized_summary).sort()).toEqual(ids.map((_, i) => `Deploy a team, case ${i}`).sort())
    } finally {
      await store.close()
    }
    const all = (c: TestWs) => c.waitFor(() => c.events().length >= N, 15_000)
    await Promise.all([all(onA), all(onB)])
    // Time for a duplicate (a redelivery, the relay) to show up if one were coming.
    await new Promise((r) => setTimeout(r, 500))
    const seen = (c: TestWs) => c.events().map((e) => (e.payload as { proposalId: string }).proposalId).sort()
    expect(seen(onA)).toEqual([...ids].sort())
    expect(seen(onB)).toEqual([...ids].sort())
    for (const c of outsiders) {
      expect(c.events()).toEqual([])
      c.ws.close()
    }
    onA.ws.close()
    onB.ws.close()
  }, 120_000)
})
