/**
 * Notifications of joint decisions, NIS2 stages and escalations, end to end against a real SMTP
 * server on both databases: a decision reaches the addressees' people (and a broken silence the
 * proposer's), cut by its AMBER marking (encrypted to a key, else a notice without content); a NIS2
 * stage that falls due unsubmitted reaches the reporting organization, at the stage's due time
 * (a deadline row, fired with an injected clock), and not once it is submitted or the incident
 * closed; an escalated request reaches the hub's coordinators; an exercise's scenario message reaches
 * the people of the participants it is addressed to, cut by its marking. Nobody else gets a word.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decisionWorld } from '../../test/decisions'
import { makeController, setUpExercise } from '../../test/exercises'
import { bodyText, makeOrg, makeUser, type TestHub } from '../../test/hub'
import { wiperIncident } from '../../test/incidents'
import { decrypted, hubKey, mailsTo, personalKey, PUBLIC_URL, startNotifyWorld, verifiedClearText, type NotifyWorld } from '../../test/notify-world'
import { DIALECTS } from '../../test/store'
import type * as openpgp from 'openpgp'

const HOUR = 3_600_000

interface Person {
  id: string
  token: string
  orgId: string
  email: string
}

async function person(t: TestHub, u: { id: string; token: string; orgId?: string }, orgId: string): Promise<Person> {
  return { id: u.id, token: u.token, orgId, email: (await t.client(u.token).GET('/api/v1/notify/me')).data!.email }
}

/** The ids of the events of a type about one subject (a proposal or an incident), in order. */
async function eventIds(t: TestHub, type: string, key: 'proposalId' | 'incidentId', id: string): Promise<string[]> {
  const rows = await t.store.db.selectFrom('outbox_event').select(['id', 'payload']).where('type', '=', type).orderBy('seq').execute()
  return rows.filter((r) => (JSON.parse(r.payload) as Record<string, unknown>)[key] === id).map((r) => r.id)
}

describe.each(DIALECTS)('notifications of decisions, NIS2 stages and escalations (%s)', (dialect) => {
  let w: NotifyWorld
  let t: TestHub
  let hub: openpgp.Key
  let d: Awaited<ReturnType<typeof decisionWorld>>
  let ee: Person
  let lv: Person & { key: Awaited<ReturnType<typeof personalKey>> }
  let lt: Person
  let outsider: Person
  let lvAnalyst: Person

  const linkTo = (eventId: string) => `${PUBLIC_URL}/#/events/${eventId}`

  beforeAll(async () => {
    w = await startNotifyWorld(dialect)
    t = w.t
    hub = await hubKey(t)
    d = await decisionWorld(t)
    ee = await person(t, d.ee.admin, d.ee.org.id)
    lt = await person(t, d.lt.admin, d.lt.org.id)
    outsider = await person(t, d.outsider.admin, d.outsider.org.id)
    lvAnalyst = await person(t, await makeUser(t, d.lv.org.id, ['analyst']), d.lv.org.id)
    const lvPerson = await person(t, d.lv.admin, d.lv.org.id)
    lv = { ...lvPerson, key: await personalKey(lvPerson.email) }
    const put = await t.client(lv.token).PUT('/api/v1/notify/me', { body: { timeZone: 'Europe/Riga', quietHours: null, pgpKey: lv.key.publicKey } })
    expect(put.response.status, bodyText(put)).toBe(200)
  })
  afterAll(() => w.close())

  it('a proposal reaches the addressees’ people, AMBER-cut: encrypted to a key, a notice without content otherwise; nobody else', async () => {
    const text = `PROPOSAL-TEXT-${process.pid}-${dialect}`
    const res = await t.client(ee.token).POST('/api/v1/decisions', {
      body: { kind: 'attribution', title: 'Joint attribution', text, addressees: [d.lv.org.id, d.lt.org.id], procedure: 'silence', deadline: new Date(t.clock.now().getTime() + HOUR).toISOString() },
    })
    expect(res.response.status, bodyText(res)).toBe(201)
    const id = res.data!.id
    const before = w.smtp.mails.length
    await t.hub.notify.runOnce()
    const [proposed] = await eventIds(t, 'decision.proposed', 'proposalId', id)
    const fresh = w.smtp.mails.slice(before)
    const to = (p: Person) => mailsTo({ ...w.smtp, mails: fresh }, p.email)
    // The keyed addressee: one mail, encrypted; it decrypts to the proposal, signed by the hub.
    expect(to(lv)).toHaveLength(1)
    expect(to(lv)[0]!.text).toContain('-----BEGIN PGP MESSAGE-----')
    const plain = await decrypted(to(lv)[0]!.text!, lv.key.privateKey, hub)
    expect(plain).toContain(text)
    expect(plain).toContain('decision.proposed')
    expect(plain).toContain(linkTo(proposed!))
    // The addressee without a key: a signed notice, a link, and not a word of the proposal.
    expect(to(lt)).toHaveLength(1)
    const notice = await verifiedClearText(to(lt)[0]!.text!, hub)
    expect(notice).toContain('TLP:AMBER notification for you (a decision addressed to my nation)')
    expect(notice).toContain(linkTo(proposed!))
    expect(`${to(lt)[0]!.subject} ${to(lt)[0]!.text}`).not.toContain(text)
    expect(fresh.some((m) => `${m.subject} ${m.text}`.includes(text))).toBe(false)
    // Not the proposer, not an analyst without the topic, not a nation that was not asked.
    for (const p of [ee, lvAnalyst, outsider]) expect(to(p), p.email).toHaveLength(0)

    // A broken silence reaches the proposer only; the amended round and the outcome reach the addressees.
    const broke = await t.client(lt.token).POST('/api/v1/decisions/{id}/answers', { params: { path: { id } }, body: { answer: 'break_silence', reason: 'Premature' } })
    expect(broke.response.status, bodyText(broke)).toBe(200)
    await t.hub.notify.runOnce()
    const [silence] = await eventIds(t, 'decision.silence_broken', 'proposalId', id)
    expect(mailsTo(w.smtp, ee.email).filter((m) => m.text?.includes(linkTo(silence!)))).toHaveLength(1)
    for (const p of [lv, lt, outsider]) expect(mailsTo(w.smtp, p.email).filter((m) => m.text?.includes(silence!))).toHaveLength(0)
    expect((await t.store.db.selectFrom('notification').select('user_id').where('event_id', '=', silence!).execute()).map((n) => n.user_id)).toEqual([ee.id])

    t.clock.advance(HOUR)
    await t.hub.jobs.runDue()
    const reissue = await t.client(ee.token).POST('/api/v1/decisions/{id}/reissue', { params: { path: { id } }, body: { text: `${text} (amended)`, deadline: new Date(t.clock.now().getTime() + HOUR).toISOString() } })
    expect(reissue.response.status, bodyText(reissue)).toBe(200)
    t.clock.advance(HOUR)
    await t.hub.jobs.runDue()
    await t.hub.notify.runOnce()
    const decided = await eventIds(t, 'decision.decided', 'proposalId', id)
    const [reissued] = await eventIds(t, 'decision.reissued', 'proposalId', id)
    expect(decided).toHaveLength(2)
    for (const eventId of [reissued!, ...decided]) {
      const recipients = (await t.store.db.selectFrom('notification').select('user_id').where('event_id', '=', eventId).execute()).map((n) => n.user_id).sort()
      expect(recipients, eventId).toEqual([lv.id, lt.id].sort())
      expect(mailsTo(w.smtp, lt.email).filter((m) => m.text?.includes(linkTo(eventId)))).toHaveLength(1)
    }
    const lvTexts = await Promise.all(mailsTo(w.smtp, lv.email).map((m) => decrypted(m.text!, lv.key.privateKey, hub)))
    expect(lvTexts.filter((s) => s.includes('decision.decided') && s.includes(id))).toHaveLength(2)
    expect(lvTexts.filter((s) => s.includes('decision.reissued') && s.includes('(amended)'))).toHaveLength(1)
  })

  it('a NIS2 stage due and unsubmitted reaches the reporting organization at its due time, the final report moving with the notification', async () => {
    const operator = await makeOrg(t, { kind: 'partner', parentId: d.lt.org.id })
    const reporter = await person(t, await makeUser(t, operator.id, ['analyst']), operator.id)
    const opPoc = await person(t, await makeUser(t, operator.id, ['poc']), operator.id)
    const title = `Wiper NIS2-${process.pid}-${dialect}`
    const reported = await t.req('POST', '/api/v1/incidents', { token: reporter.token, body: wiperIncident({ tlp: 'GREEN', title }) })
    expect(reported.statusCode, reported.body).toBe(201)
    const incidentId = reported.json<{ id: string }>().id
    const start = t.clock.now().getTime()
    const due = () => eventIds(t, 'incident.nis2_stage_due', 'incidentId', incidentId)

    t.clock.set(new Date(start + 24 * HOUR - 1))
    await t.hub.jobs.runDue()
    expect(await due()).toHaveLength(0)
    t.clock.set(new Date(start + 24 * HOUR))
    await t.hub.jobs.runDue()
    const [early] = await due()
    expect(early).toBeDefined()
    await t.hub.notify.runOnce()
    // GREEN: the content, signed, to the organization's point of contact; not to its analyst or its nation.
    const [mail] = mailsTo(w.smtp, opPoc.email).filter((m) => m.text?.includes(linkTo(early!)))
    const text = await verifiedClearText(mail!.text!, hub)
    expect(text).toContain('earlyWarning')
    expect(text).toContain(title)
    expect(mail!.subject).toContain('NIS2')
    for (const p of [reporter, lt, outsider, ee]) expect(mailsTo(w.smtp, p.email).filter((m) => m.text?.includes(early!)), p.email).toHaveLength(0)

    // The early warning and, early, the notification are sent: the 72 h stage stays silent, and the
    // final report falls due a month after the notification actually sent.
    const notifiedAt = new Date(start + 48 * HOUR)
    t.clock.set(notifiedAt)
    const patch = await t.req('PATCH', `/api/v1/incidents/${incidentId}`, { token: reporter.token, body: { earlyWarningAt: new Date(start + 30 * HOUR).toISOString(), notificationAt: notifiedAt.toISOString() } })
    expect(patch.statusCode, patch.body).toBe(200)
    t.clock.set(new Date(start + 72 * HOUR))
    await t.hub.jobs.runDue()
    expect(await due()).toHaveLength(1)
    const finalDue = Date.parse(patch.json<{ nis2: { stages: { stage: string; dueAt: string }[] } }>().nis2.stages[2]!.dueAt)
    t.clock.set(new Date(finalDue - 1))
    await t.hub.jobs.runDue()
    expect(await due()).toHaveLength(1)
    t.clock.set(new Date(finalDue))
    await t.hub.jobs.runDue()
    const stages = await t.store.db.selectFrom('outbox_event').select('payload').where('id', 'in', await due()).execute()
    expect(stages.map((s) => (JSON.parse(s.payload) as { stage: string }).stage).sort()).toEqual(['earlyWarning', 'finalReport'])
    // Past the month the clock first armed (from the 72 h due time): nothing more.
    t.clock.set(new Date(finalDue + 24 * 31 * HOUR))
    await t.hub.jobs.runDue()
    expect(await due()).toHaveLength(2)
    await t.hub.notify.runOnce()
    expect(mailsTo(w.smtp, opPoc.email).filter((m) => m.text?.includes('finalReport'))).toHaveLength(1)
  })

  it('a closed incident’s stages fall due silently; an AMBER one reaches its people as a notice only', async () => {
    const operator = await makeOrg(t, { kind: 'partner', parentId: d.lv.org.id })
    const reporter = await person(t, await makeUser(t, operator.id, ['poc']), operator.id)
    const report = async (tlp: 'AMBER' | 'GREEN') => {
      const res = await t.req('POST', '/api/v1/incidents', { token: reporter.token, body: wiperIncident({ tlp, title: `SECRET-TITLE-${tlp}-${dialect}` }) })
      expect(res.statusCode, res.body).toBe(201)
      return res.json<{ id: string }>().id
    }
    const closed = await report('GREEN')
    const amber = await report('AMBER')
    const close = await t.req('POST', `/api/v1/incidents/${closed}/status`, { token: reporter.token, body: { status: 'closed' } })
    expect(close.statusCode, close.body).toBe(200)
    t.clock.advance(24 * HOUR)
    await t.hub.jobs.runDue()
    await t.hub.notify.runOnce()
    expect(await eventIds(t, 'incident.nis2_stage_due', 'incidentId', closed)).toHaveLength(0)
    const [amberDue] = await eventIds(t, 'incident.nis2_stage_due', 'incidentId', amber)
    const [notice] = mailsTo(w.smtp, reporter.email).filter((m) => m.text?.includes(linkTo(amberDue!)))
    const text = await verifiedClearText(notice!.text!, hub)
    expect(text).toContain('TLP:AMBER notification for you (a NIS2 reporting stage falls due)')
    expect(`${notice!.subject} ${text}`).not.toContain('SECRET-TITLE')
  })

  it('with a rota, a NIS2 stage due calls the person on duty; submitting the stage answers the call, nobody further is called', async () => {
    const operator = await makeOrg(t, { kind: 'partner', parentId: d.ee.org.id })
    const admin = await makeUser(t, operator.id, ['admin'])
    const first = await person(t, await makeUser(t, operator.id, ['poc']), operator.id)
    const second = await person(t, await makeUser(t, operator.id, ['poc']), operator.id)
    const every = [1, 2, 3, 4, 5, 6, 7]
    const rota = await t.client(admin.token).PUT('/api/v1/notify/orgs/{id}/rota', {
      params: { path: { id: operator.id } },
      body: { timeZone: 'UTC', ackMinutes: 15, entries: [{ userId: first.id, days: every, start: '00:00', end: '23:59' }, { userId: second.id, days: every, start: '00:00', end: '23:59' }] },
    })
    expect(rota.response.status, bodyText(rota)).toBe(200)
    t.clock.set(new Date(Math.floor(t.clock.now().getTime() / (24 * HOUR)) * 24 * HOUR + 10 * HOUR))
    const reported = await t.req('POST', '/api/v1/incidents', { token: first.token, body: wiperIncident({ tlp: 'GREEN' }) })
    expect(reported.statusCode, reported.body).toBe(201)
    const incidentId = reported.json<{ id: string }>().id
    t.clock.advance(24 * HOUR)
    await t.hub.jobs.runDue()
    await t.hub.notify.runOnce()
    const [early] = await eventIds(t, 'incident.nis2_stage_due', 'incidentId', incidentId)
    const calls = () => t.store.db.selectFrom('notify_escalation').select(['id', 'chain', 'acked_by']).where('event_id', '=', early!).execute()
    expect((await calls()).map((c) => [JSON.parse(c.chain), c.acked_by])).toEqual([[[first.id], null]])
    expect(mailsTo(w.smtp, first.email).filter((m) => m.text?.includes(linkTo(early!)) && m.text.includes('Acknowledge'))).toHaveLength(1)
    expect(mailsTo(w.smtp, second.email).filter((m) => m.text?.includes(early!))).toHaveLength(0)

    const patch = await t.req('PATCH', `/api/v1/incidents/${incidentId}`, { token: first.token, body: { earlyWarningAt: t.clock.now().toISOString() } })
    expect(patch.statusCode, patch.body).toBe(200)
    expect((await calls()).map((c) => c.acked_by)).toEqual(['answered'])
    t.clock.advance(16 * 60_000)
    await t.hub.jobs.runDue()
    await t.hub.notify.runOnce()
    expect((await calls()).map((c) => JSON.parse(c.chain))).toEqual([[first.id]])
    expect(mailsTo(w.smtp, second.email).filter((m) => m.text?.includes(early!))).toHaveLength(0)
  })

  it('an escalated request reaches the hub’s coordinators, and no member', async () => {
    const coordinator = await person(t, d.coordinator, d.hub.id)
    const hubAdmin = await makeUser(t, d.hub.id, ['admin'])
    const operator = await makeOrg(t, { kind: 'partner', parentId: d.ee.org.id })
    const reporter = await makeUser(t, operator.id, ['analyst'])
    const inc = await t.req('POST', '/api/v1/incidents', { token: reporter.token, body: wiperIncident({ tlp: 'AMBER' }) })
    expect(inc.statusCode, inc.body).toBe(201)
    const draft = await t.req('POST', '/api/v1/assistance/requests', {
      token: reporter.token,
      body: { incidentId: inc.json<{ id: string }>().id, category: 'legal-policy', urgency: 'high', needed: 1, languages: ['en'], delivery: 'either', sanitizedSummary: `ESCALATED-${dialect} nobody offers this` },
    })
    expect(draft.statusCode, draft.body).toBe(201)
    const requestId = draft.json<{ id: string }>().id
    expect((await t.req('POST', `/api/v1/assistance/requests/${requestId}/approve-summary`, { token: reporter.token })).statusCode).toBe(200)
    const sub = await t.req('POST', `/api/v1/assistance/requests/${requestId}/submit`, { token: d.ee.admin.token })
    expect(sub.statusCode, sub.body).toBe(200)
    expect(sub.json<{ state: string }>().state).toBe('escalated')
    await t.hub.notify.runOnce()
    const escalated = (await t.store.db.selectFrom('outbox_event').select(['id', 'payload']).where('type', '=', 'assistance.request.escalated').execute()).filter((r) => r.payload.includes(requestId))
    expect(escalated).toHaveLength(1)
    const eventId = escalated[0]!.id
    const [mail] = mailsTo(w.smtp, coordinator.email).filter((m) => m.text?.includes(linkTo(eventId)))
    expect(mail, 'the coordinator’s mail').toBeDefined()
    await verifiedClearText(mail!.text!, hub)
    // Every coordinator of the hub (the test's and the bootstrap one), by e-mail, on the escalation topic; no one else.
    const hubUsers = await t.store.db.selectFrom('app_user').select(['id', 'roles']).where('org_id', '=', d.hub.id).execute()
    const coordinators = hubUsers.filter((u) => u.roles.split(',').includes('coordinator')).map((u) => u.id)
    expect(coordinators).toContain(coordinator.id)
    expect(coordinators).not.toContain(hubAdmin.id)
    const recipients = await t.store.db.selectFrom('notification').select(['user_id', 'topic', 'channel']).where('event_id', '=', eventId).execute()
    expect(recipients.map((r) => r.user_id).sort()).toEqual(coordinators.sort())
    expect(recipients.every((r) => r.topic === 'escalation' && r.channel === 'email')).toBe(true)
    for (const p of [ee, lv, lt, outsider]) expect(mailsTo(w.smtp, p.email).filter((m) => m.text?.includes(eventId)), p.email).toHaveLength(0)
  })

  it('an exercise message reaches the addressed participants’ people on the inject topic, cut by its marking; no one outside', async () => {
    const secret = `INJECT-SECRET-${process.pid}-${dialect}`
    const startex = `STARTEX-${process.pid}-${dialect}`
    for (const p of [lv, lt, ee, outsider]) {
      const rule = await t.client(p.token).PUT('/api/v1/notify/rules/{topic}', { params: { path: { topic: 'inject' } }, body: { channels: ['email'] } })
      expect(rule.response.status, bodyText(rule)).toBe(200)
    }
    const ctl = await makeController(t)
    const scenario = {
      name: `Inject drill ${dialect}`,
      start: '2026-04-14T08:00:00.000Z',
      events: [
        { serial: 'S0', offset: 'H+00:00', type: 'information', from: 'EXCON', to: [], channel: 'message', content: { text: startex } },
        { serial: 'S1', offset: 'H+00:00', type: 'inject', from: d.lv.country, to: [d.lt.country], channel: 'message', content: { text: secret } },
      ],
    }
    const exerciseId = await setUpExercise(t, scenario.name, [d.lv.country, d.lt.country], scenario, ctl)
    const started = await t.req('POST', `/api/v1/exercises/${exerciseId}/start`, { token: ctl.token, body: {} })
    expect(started.statusCode, started.body).toBe(200)
    await t.hub.jobs.runDue()
    const before = w.smtp.mails.length
    await t.hub.notify.runOnce()
    const rows = await t.store.db.selectFrom('outbox_event').select(['id', 'payload']).where('type', '=', 'exercise.message').execute()
    const ofSerial = (serial: string) => rows.find((r) => { const p = JSON.parse(r.payload) as { exerciseId: string; serial: string }; return p.exerciseId === exerciseId && p.serial === serial })!.id
    const broadcast = ofSerial('S0')
    const addressed = ofSerial('S1')
    const fresh = { ...w.smtp, mails: w.smtp.mails.slice(before) }
    const about = (p: Person, eventId: string) => mailsTo(fresh, p.email).filter((m) => m.text?.includes(linkTo(eventId)))

    // Addressed, AMBER, no key: a signed notice on the inject topic, not a word of the message.
    expect(about(lt, addressed)).toHaveLength(1)
    const notice = await verifiedClearText(about(lt, addressed)[0]!.text!, hub)
    expect(notice).toContain('TLP:AMBER notification for you (an exercise inject for me)')
    expect(fresh.mails.some((m) => `${m.subject} ${m.text}`.includes(secret))).toBe(false)
    expect(notice).toContain(`[EXERCISE ${exerciseId}]`)
    // GREEN to every participant: the content, signed, in the clear.
    for (const p of [lt, lv]) expect(await verifiedClearText(about(p, broadcast)[0]!.text!, hub), p.email).toContain(startex)
    // The sender was not addressed; nations outside the exercise hear nothing, whatever their rule.
    expect(about(lv, addressed)).toHaveLength(0)
    for (const p of [ee, outsider]) expect(mailsTo(fresh, p.email), p.email).toHaveLength(0)
    const recipients = async (eventId: string) => (await t.store.db.selectFrom('notification').select(['user_id', 'topic']).where('event_id', '=', eventId).execute())
    expect(await recipients(addressed)).toEqual([{ user_id: lt.id, topic: 'inject' }])
    expect((await recipients(broadcast)).map((r) => r.user_id).sort()).toEqual([lv.id, lt.id].sort())
  })
})
