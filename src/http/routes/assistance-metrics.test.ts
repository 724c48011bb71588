import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { printAssistanceMetrics } from '../../../cli/commands/assistance-metrics'
import { helped, operatorAsksForHelp, type AssistanceWorld } from '../../../test/assistance-world'
import { startTestHub, type TestHub } from '../../../test/hub'
import { DIALECTS } from '../../../test/store'
import type { AssistanceMetrics } from '../../domain/assistance'
import { members } from '../../domain/members'
import { assistance } from '../../domain/assistance'

const HOUR = 3_600_000

describe.each(DIALECTS)('assistance metrics a person can read (%s)', (dialect) => {
  let t: TestHub
  let w: AssistanceWorld
  beforeAll(async () => {
    t = await startTestHub(dialect)
    w = await operatorAsksForHelp(t)
    t.clock.advance(HOUR / 2)
    await helped(t, w, ['accept', 'start'])
    t.clock.advance(2 * HOUR)
    await helped(t, w, ['deliver'])
    t.clock.advance(HOUR)
    expect((await t.req('POST', `/api/v1/assistance/requests/${w.requestId}/close`, { token: w.poc.token, body: { rating: 5 } })).statusCode).toBe(200)
    expect((await t.req('POST', `/api/v1/assistance/requests/${w.requestId}/rating`, { token: w.reporter.token, body: { rating: 3, comment: 'late IOCs' } })).statusCode).toBe(200)
  })
  afterAll(() => t.close())

  const metrics = async (token: string) => {
    const res = await t.req('GET', '/api/v1/metrics/assistance', { token })
    expect(res.statusCode, res.body).toBe(200)
    return res.json<AssistanceMetrics>()
  }

  it('the requesting nation sees rounded times with their units and words, and both ratings', async () => {
    const m = await metrics(w.poc.token)
    expect(m.units).toMatchObject({ durations: expect.stringContaining('seconds'), shares: expect.stringContaining('fraction') })
    expect(m.overall.timeToAcceptance).toEqual({ count: 1, medianSeconds: 1800, meanSeconds: 1800, median: '30 min' })
    expect(m.overall.timeToFirstDelivery).toMatchObject({ medianSeconds: 9000, median: '2 h 30 min' })
    expect(m.overall.timeToClosure.median).toBe('3 h 30 min')
    expect(m.overall.ratings).toEqual({ requester: { count: 1, mean: 5 }, recipient: { count: 1, mean: 3 } })
    expect(m.overall.noHelperShare).toBe(0)
    expect(m.requests[0]).toMatchObject({ requestId: w.requestId, rating: 5, recipientRating: 3, closedOutsideHub: false, secondsToAcceptance: 1800 })
  })

  it('the nation that helped sees what it provided, not only that it asked for nothing', async () => {
    const m = await metrics(w.provider.admin.token)
    expect(m.overall.requests).toBe(0)
    expect(m.requests).toEqual([])
    expect(m.provided.overall).toMatchObject({ offersReceived: 1, accepted: 1, declined: 0, delivered: 1, answeredOnTimeShare: 1, ratings: { count: 1, mean: 3 } })
    expect(m.provided.overall.timeToAnswer).toMatchObject({ medianSeconds: 1800, median: '30 min' })
    expect(m.provided.overall.timeToDelivery).toMatchObject({ medianSeconds: 7200, median: '2 h' })
    expect(m.provided.byCategory.map((g) => [g.key, g.offersReceived])).toEqual([[w.category, 1]])
  })

  it('the requesting nation provided nothing, and is told so', async () => {
    const m = await metrics(w.poc.token)
    expect(m.provided.overall).toMatchObject({ offersReceived: 0, accepted: 0, answeredOnTimeShare: null, ratings: { count: 0, mean: null } })
  })

  it('the CLI prints both sides in words, with the units in its headers', async () => {
    const m = await assistance.assistanceMetrics(t.hub.deps, await members.systemActor(t.hub.deps))
    const lines: string[] = []
    printAssistanceMetrics({ out: (l) => lines.push(l), err: () => undefined, isTty: false, env: {} }, m)
    const text = lines.join('\n')
    expect(text).toContain('As requester')
    expect(text).toContain('As provider (every provider)')
    expect(text).toContain('TO DELIVERY (MEDIAN)')
    expect(text).toMatch(/^all\s+all\s+1\s+.*2 h 30 min\s+3 h 30 min\s+0%\s+100%\s+5 \(1\)\s+3 \(1\)\s+0\s*$/m)
  })
})
