/**
 * The bundled scenario runs to its end with all twenty nations simulated, at a high speed factor,
 * on an injected clock: every inject is released once, and the after-action report holds a figure
 * (an outcome, and minutes when the action was taken) for every expected action of the scenario;
 * its PDF is printed by Chromium and holds the charts.
 */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AfterActionReport } from '../src/domain/exercise'
import { readScenarioText } from '../src/domain/exercise'
import { injectFetch } from '../test/inject-fetch'
import { startTestHub, type TestHub } from '../test/hub'
import type { FetchLike } from './api'
import { ALLIED_SHIELD_FILE, playRound, setUpAlliedShield, type SimExercise } from './allied-shield'

const SPEED = 600 // ten scenario minutes per wall second
const STEP_MS = 500 // five scenario minutes a round

describe('the bundled scenario, all twenty nations simulated', () => {
  let t: TestHub
  let sim: SimExercise
  let report: AfterActionReport

  beforeAll(async () => {
    t = await startTestHub('sqlite')
    const inject = injectFetch(t.hub.app)
    const fetch: FetchLike = (url, init) => inject(new Request(url, init))
    sim = await setUpAlliedShield({ baseUrl: 'http://localhost', fetch, adminToken: t.adminToken, now: () => t.clock.now() }, { speed: SPEED, seed: 7 })
    for (let round = 0; round < 200; round++) {
      t.clock.advance(STEP_MS)
      await t.hub.jobs.runDue()
      if (!(await playRound(sim))) break
    }
    report = await sim.controller.get<AfterActionReport>(`/exercises/${sim.exerciseId}/report`)
  }, 300_000)
  afterAll(() => t.close())

  it('runs to its end, every inject released once and on time', () => {
    expect(report.exercise.state).toBe('ended')
    expect(report.exercise.participants.filter((p) => p.simulated)).toHaveLength(20)
    expect(report.injects.every((i) => i.released !== null)).toBe(true)
    // Released on the round after its time: at most one round (five scenario minutes) late.
    expect(report.lateness.maxSeconds).toBeLessThanOrEqual(300)
    expect(report.injects.filter((i) => i.outcome?.error !== undefined)).toEqual([])
  })

  it('reports a figure for every expected action of the scenario', () => {
    const scenario = readScenarioText(readFileSync(ALLIED_SHIELD_FILE, 'utf8'))
    const expected = scenario.events.flatMap((e) => (e.expected ?? []).map((x) => `${e.serial} ${x.id}`))
    expect(report.expected.map((x) => `${x.inject} ${x.id}`).sort()).toEqual(expected.sort())
    for (const x of report.expected) {
      expect(['met', 'missed'], `${x.id} decided once the exercise ended`).toContain(x.outcome)
      if (x.outcome === 'met') expect(x.minutes, x.id).toBeLessThanOrEqual(x.withinMinutes)
    }
    // The simulated nations did the work: most of it in time.
    expect(report.expectedSummary.met).toBeGreaterThan(report.expectedSummary.total / 2)
    expect(report.assistance.overall.requests).toBe(5)
    expect(report.nis2.map((n) => n.nation).sort()).toEqual(['EE', 'LT', 'LV', 'NO'])
    expect(report.decisions).toHaveLength(1)
    expect(report.decisions[0]).toMatchObject({ kind: 'attribution', procedure: 'silence' })
  })

  it('prints the report as HTML with its charts and as a PDF (Chromium)', async () => {
    const html = await t.req('GET', `/api/v1/exercises/${sim.exerciseId}/report.html`)
    expect(html.statusCode).toBe(200)
    expect(html.headers['content-type']).toContain('text/html')
    expect((html.body.match(/<svg class="chart"/g) ?? []).length).toBe(3)
    expect((html.body.match(/<rect class="bar"/g) ?? []).length).toBeGreaterThanOrEqual(report.expected.length)
    const pdf = await t.req('GET', `/api/v1/exercises/${sim.exerciseId}/report.pdf`)
    expect(pdf.statusCode, pdf.body.slice(0, 300)).toBe(200)
    expect(pdf.headers['content-type']).toBe('application/pdf')
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-')
    expect(pdf.rawPayload.length).toBeGreaterThan(10_000)
  }, 120_000)
})
