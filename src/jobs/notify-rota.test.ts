/**
 * On duty, on time: an offer to an organization with a rota goes to the person on duty (not to
 * everyone), an unacknowledged call goes to the next on duty after the set time (the rota may have
 * handed over meanwhile), an acknowledgement link stops the chain, and quiet hours hold a
 * notification until they end. Time is a ManualClock; deadlines fire through hub.jobs.runDue().
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { capabilityBody } from '../../test/assistance-world'
import { makeNation, makeOrg, makeUser, type TestHub } from '../../test/hub'
import { wiperIncident } from '../../test/incidents'
import { emitCorrelation, mailsTo, marking, startNotifyWorld, type NotifyWorld } from '../../test/notify-world'
import { DIALECTS } from '../../test/store'

const MINUTE = 60_000
const every = [1, 2, 3, 4, 5, 6, 7]

async function emailOf(t: TestHub, token: string): Promise<string> {
  return (await t.client(token).GET('/api/v1/notify/me')).data!.email
}

/** A reporter under a requesting nation asks for help in `category`; the request is submitted and offers go out. */
async function askForHelp(t: TestHub, requester: Awaited<ReturnType<typeof makeNation>>, reporterToken: string, category: string): Promise<string[]> {
  const inc = await t.req('POST', '/api/v1/incidents', { token: reporterToken, body: wiperIncident({ tlp: 'AMBER' }) })
  expect(inc.statusCode, inc.body).toBe(201)
  const draft = await t.req('POST', '/api/v1/assistance/requests', {
    token: reporterToken,
    body: { incidentId: inc.json<{ id: string }>().id, category, urgency: 'high', needed: 1, languages: ['en'], delivery: 'either', sanitizedSummary: 'A wiper hit an energy operator' },
  })
  expect(draft.statusCode, draft.body).toBe(201)
  const id = draft.json<{ id: string }>().id
  expect((await t.req('POST', `/api/v1/assistance/requests/${id}/approve-summary`, { token: reporterToken })).statusCode).toBe(200)
  const sub = await t.req('POST', `/api/v1/assistance/requests/${id}/submit`, { token: requester.admin.token })
  expect(sub.statusCode, sub.body).toBe(200)
  return sub.json<{ offers: { id: string }[] }>().offers.map((o) => o.id)
}

const ackLinkIn = (text: string): string => {
  const m = /Acknowledge \(stops the call to the next on duty\): https:\/\/hub\.example(\/api\/v1\/notify\/ack\?token=\S+)/.exec(text)
  if (!m) throw new Error(`no acknowledgement link in: ${text}`)
  return m[1]!
}

describe.each(DIALECTS)('the on-call rota (%s)', (dialect) => {
  let w: NotifyWorld
  let t: TestHub
  let requester: Awaited<ReturnType<typeof makeNation>>
  let reporterToken: string
  let provider: Awaited<ReturnType<typeof makeNation>>
  const people: Record<'day1' | 'day2' | 'night', { id: string; token: string; email: string }> = {} as never
  let adminEmail: string

  beforeAll(async () => {
    w = await startNotifyWorld(dialect)
    t = w.t
    requester = await makeNation(t)
    const operator = await makeOrg(t, { kind: 'partner', parentId: requester.org.id })
    reporterToken = (await makeUser(t, operator.id, ['analyst'])).token
    provider = await makeNation(t)
    adminEmail = await emailOf(t, provider.admin.token)
    for (const name of ['day1', 'day2', 'night'] as const) {
      const u = await makeUser(t, provider.org.id, ['poc'])
      people[name] = { ...u, email: await emailOf(t, u.token) }
    }
    const cap = await t.req('POST', '/api/v1/capabilities', { token: provider.admin.token, body: capabilityBody('malware-analysis') })
    expect(cap.statusCode, cap.body).toBe(201)
    const rota = await t.client(provider.admin.token).PUT('/api/v1/notify/orgs/{id}/rota', {
      params: { path: { id: provider.org.id } },
      body: {
        timeZone: 'Europe/Tallinn',
        ackMinutes: 15,
        entries: [
          { userId: people.day1.id, days: every, start: '09:00', end: '18:00' },
          { userId: people.day2.id, days: every, start: '09:00', end: '18:00' },
          { userId: people.night.id, days: every, start: '18:00', end: '09:00' },
        ],
      },
    })
    expect(rota.response.status, JSON.stringify(rota.error)).toBe(200)
  })
  afterAll(() => w.close())

  it('says who is on duty, handing over at 18:00 in the organization\u2019s zone', async () => {
    const onDuty = async () => (await t.client(people.night.token).GET('/api/v1/notify/orgs/{id}/rota', { params: { path: { id: provider.org.id } } })).data!.onDutyNow
    t.clock.set('2026-03-01T15:59:00Z')
    expect(await onDuty()).toEqual([people.day1.id, people.day2.id])
    t.clock.set('2026-03-01T16:00:00Z')
    expect(await onDuty()).toEqual([people.night.id])
    // Another nation neither reads nor sets it.
    const other = await makeNation(t)
    expect((await t.client(other.admin.token).GET('/api/v1/notify/orgs/{id}/rota', { params: { path: { id: provider.org.id } } })).response.status).toBe(404)
    expect((await t.client(people.night.token).PUT('/api/v1/notify/orgs/{id}/rota', { params: { path: { id: provider.org.id } }, body: { timeZone: 'UTC', ackMinutes: 5, entries: [] } })).response.status).toBe(200)
  })

  it('calls the person on duty, the next one when nobody acknowledges in time, and stops at the acknowledgement', async () => {
    // The previous test left the rota empty: set it again (as the admin).
    await t.client(provider.admin.token).PUT('/api/v1/notify/orgs/{id}/rota', {
      params: { path: { id: provider.org.id } },
      body: {
        timeZone: 'Europe/Tallinn',
        ackMinutes: 15,
        entries: [
          { userId: people.day1.id, days: every, start: '09:00', end: '18:00' },
          { userId: people.day2.id, days: every, start: '09:00', end: '18:00' },
          { userId: people.night.id, days: every, start: '18:00', end: '09:00' },
        ],
      },
    })
    t.clock.set('2026-03-02T09:00:00Z') // 11:00 in Tallinn
    await askForHelp(t, requester, reporterToken, 'malware-analysis')
    await t.hub.notify.runOnce()
    const to = (email: string) => mailsTo(w.smtp, email).filter((m) => m.subject?.includes('AMBER+STRICT'))
    expect(to(people.day1.email)).toHaveLength(1)
    expect(to(people.day2.email)).toHaveLength(0)
    expect(to(people.night.email)).toHaveLength(0)
    expect(to(adminEmail)).toHaveLength(0)

    t.clock.advance(14 * MINUTE)
    await t.hub.jobs.runDue()
    await t.hub.notify.runOnce()
    expect(to(people.day2.email)).toHaveLength(0)
    t.clock.advance(1 * MINUTE)
    await t.hub.jobs.runDue()
    await t.hub.notify.runOnce()
    expect(to(people.day2.email)).toHaveLength(1)

    const ack = await t.req('GET', ackLinkIn(to(people.day2.email)[0]!.text!), { token: null })
    expect(ack.statusCode, ack.body).toBe(200)
    expect(ack.json()).toMatchObject({ acknowledged: true, by: people.day2.id })
    // A forged link does nothing.
    const forged = ackLinkIn(to(people.day2.email)[0]!.text!).replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'))
    expect((await t.req('GET', forged, { token: null })).statusCode).toBe(404)

    t.clock.advance(60 * MINUTE)
    await t.hub.jobs.runDue()
    await t.hub.notify.runOnce()
    expect(to(people.night.email)).toHaveLength(0)
    const history = await t.client(people.day2.token).GET('/api/v1/notify/deliveries')
    expect(history.data!.map((d) => [d.topic, d.state])).toEqual([['offer', 'sent']])
  })

  it('after the hand-over, the next person called is the one on duty then', async () => {
    t.clock.set('2026-03-03T15:50:00Z') // 17:50 in Tallinn
    await askForHelp(t, requester, reporterToken, 'malware-analysis')
    await t.hub.notify.runOnce()
    // Offer calls only (the first request's offer also ran out meanwhile: an answer_due notice to its points of contact).
    const offerCalls = async (token: string) => (await t.client(token).GET('/api/v1/notify/deliveries')).data!.filter((d) => d.topic === 'offer' && d.state === 'sent').length
    expect(await offerCalls(people.day1.token)).toBe(2)
    t.clock.advance(15 * MINUTE) // 18:05: the night shift has taken over
    await t.hub.jobs.runDue()
    await t.hub.notify.runOnce()
    expect(await offerCalls(people.night.token)).toBe(1)
    expect(await offerCalls(people.day2.token)).toBe(1)
    // The person called acknowledges through the API too.
    const [call] = (await t.client(people.night.token).GET('/api/v1/notify/deliveries')).data!.filter((d) => d.topic === 'offer')
    const ack = await t.client(people.night.token).POST('/api/v1/notify/escalations/{id}/ack', { params: { path: { id: call!.escalationId! } } })
    expect(ack.data).toMatchObject({ acknowledged: true, by: people.night.id })
    // Someone never called cannot acknowledge it.
    expect((await t.client(people.day2.token).POST('/api/v1/notify/escalations/{id}/ack', { params: { path: { id: call!.escalationId! } } })).response.status).toBe(404)
  })

  it('an offer answered by the person called settles the call: nobody further is called', async () => {
    t.clock.set('2026-03-06T08:00:00Z') // 10:00 in Tallinn
    const [offerId] = await askForHelp(t, requester, reporterToken, 'malware-analysis')
    await t.hub.notify.runOnce()
    const offerCalls = async (token: string) => (await t.client(token).GET('/api/v1/notify/deliveries')).data!.filter((d) => d.topic === 'offer' && d.createdAt >= '2026-03-06')
    expect(await offerCalls(people.day1.token)).toHaveLength(1)
    const declined = await t.req('POST', `/api/v1/assistance/offers/${offerId}/decline`, { token: people.day1.token, body: { reason: 'no capacity this week' } })
    expect(declined.statusCode, declined.body).toBe(200)
    t.clock.advance(30 * MINUTE)
    await t.hub.jobs.runDue()
    await t.hub.notify.runOnce()
    expect(await offerCalls(people.day2.token)).toHaveLength(0)
  })

  it('holds a notification through the recipient\u2019s quiet hours and sends it when they end', async () => {
    const u = await makeUser(t, requester.org.id, ['analyst'])
    const email = await emailOf(t, u.token)
    expect((await t.client(u.token).PUT('/api/v1/notify/me', { body: { timeZone: 'Europe/Tallinn', quietHours: { start: '22:00', end: '07:00' } } })).response.status).toBe(200)
    t.clock.set('2026-03-04T21:00:00Z') // 23:00 in Tallinn
    await emitCorrelation(t, marking('GREEN', requester.org.id, { audienceUsers: [u.id] }), 'quiet-hours-payload')
    await t.hub.notify.runOnce()
    expect(mailsTo(w.smtp, email)).toHaveLength(0)
    t.clock.set('2026-03-05T04:59:00Z')
    await t.hub.notify.runOnce()
    expect(mailsTo(w.smtp, email)).toHaveLength(0)
    t.clock.set('2026-03-05T05:00:00Z') // 07:00 in Tallinn
    await t.hub.notify.runOnce()
    expect(mailsTo(w.smtp, email)).toHaveLength(1)
  })
})
