import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeNation, startTestHub, type TestHub } from '../../../test/hub'
import { DIALECTS } from '../../../test/store'
import { DEVIATIONS } from '../../formats/stix'
import { DEVIATION_FIXTURES, MISP_REST_SEARCH_ANSWER } from '../../formats/stix/test-support/deviation-fixtures'
import { loadOasisJudge } from '../../formats/stix/test-support/oasis-judge'
import type { ImportSummary } from '../../domain/intel'
import { NO_SHARED_DATA } from '../../../test/shared-data'

// Loaded only where the shared data is: the suites below are skipped without it.
const judge = NO_SHARED_DATA ? (null as never) : loadOasisJudge()
const bundleOf = (objects: readonly object[]) => ({ type: 'bundle', id: `bundle--${crypto.randomUUID()}`, objects })
const storedFixtures = DEVIATION_FIXTURES.filter((f) => DEVIATIONS[f.deviation].decision !== 'refuse')
const refusedFixtures = DEVIATION_FIXTURES.filter((f) => DEVIATIONS[f.deviation].decision === 'refuse')

describe.skipIf(NO_SHARED_DATA).each(DIALECTS)('importing STIX with the deviations real producers write (%s)', (dialect) => {
  let t: TestHub
  let token: string
  beforeAll(async () => {
    t = await startTestHub(dialect)
    token = (await makeNation(t)).admin.token
  })
  afterAll(() => t.close())

  const post = (url: string, body: unknown) => t.req('POST', `/api/v1/intel/${url}`, { token, body })

  it('strict=true refuses each deviation, as STIX 2.1 does, and writes nothing', async () => {
    for (const f of DEVIATION_FIXTURES) {
      const res = await post('bundles?strict=true', bundleOf([f.object]))
      expect(res.statusCode, f.deviation).toBe(422)
      expect(res.json<{ summary: ImportSummary }>().summary).toMatchObject({ committed: false, rejectedCount: 1, deviatedCount: 0 })
    }
    expect((await t.req('GET', '/api/v1/intel/objects', { token })).json<{ objects: unknown[] }>().objects).toEqual([])
  })

  it('by default accepts and repairs each as the table says, and names every one per object in the summary', async () => {
    const res = await post('bundles', bundleOf(storedFixtures.map((f) => f.object)))
    expect(res.statusCode, res.body).toBe(200)
    const s = res.json<ImportSummary>()
    expect(s).toMatchObject({ committed: true, rejectedCount: 0, added: storedFixtures.length, deviatedCount: storedFixtures.length })
    storedFixtures.forEach((f, index) => {
      const entry = s.deviated.find((d) => d.index === index)
      expect(entry, f.deviation).toMatchObject({ id: f.object.id })
      expect(entry!.deviations.map((d) => d.deviation), f.deviation).toContain(f.deviation)
      expect(entry!.deviations.find((d) => d.deviation === f.deviation)!.decision).toBe(DEVIATIONS[f.deviation].decision)
    })
    for (const f of storedFixtures) {
      const stored = await t.req('GET', `/api/v1/intel/objects/${f.object.id as string}`, { token })
      const object = stored.json<{ objects: { object: Record<string, unknown> }[] }>().objects[0]!.object
      expect(object, f.deviation).toMatchObject(f.repaired ?? f.object)
    }
  })

  it('refuses what the table refuses, naming the deviation, even when not strict', async () => {
    for (const f of refusedFixtures) {
      const res = await post('bundles?partial=true', bundleOf([f.object]))
      expect(res.statusCode).toBe(200)
      const s = res.json<ImportSummary>()
      expect(s).toMatchObject({ rejectedCount: 1, added: 0 })
      expect(s.rejected[0]!.reason).toContain(f.deviation)
    }
  })

  it('exports what it stored from deviating input in a form the OASIS schemas accept', async () => {
    const res = await t.req('GET', '/api/v1/intel/export', { token })
    const bundle = JSON.parse(res.body) as { objects: Record<string, unknown>[] }
    // Marking definitions are the hub's own in an export (the TLP 2.0 ones), not the imported ones.
    const ours = storedFixtures.filter((f) => f.object.type !== 'marking-definition').map((f) => f.object.id)
    expect(bundle.objects.map((o) => o.id)).toEqual(expect.arrayContaining(ours))
    for (const o of bundle.objects) expect(judge.accepts(o), JSON.stringify(o)).toBe(true)
  })

  it('reads a MISP restSearch answer in attribute form as its event, and reports it; strict refuses it', async () => {
    expect((await post('misp?strict=true', MISP_REST_SEARCH_ANSWER)).statusCode).toBe(400)
    const res = await post('misp', MISP_REST_SEARCH_ANSWER)
    expect(res.statusCode, res.body).toBe(200)
    const s = res.json<ImportSummary>()
    expect(s.committed).toBe(true)
    expect(s.added).toBeGreaterThanOrEqual(2)
    expect(s.deviated).toContainEqual({
      index: null,
      id: null,
      deviations: [expect.objectContaining({ deviation: 'misp-rest-search-form', decision: 'repair', detail: expect.stringContaining('8a9b0c1d-2e3f-4a5b-9c6d-7e8f9a0b1c2d') })],
    })
    const exported = JSON.parse((await t.req('GET', '/api/v1/intel/export', { token })).body) as { objects: Record<string, unknown>[] }
    const values = JSON.stringify(exported.objects)
    expect(values).toContain('198.51.100.77')
    expect(values).toContain('update-check.example')
  })

  it('says a bare object is not a bundle, and a trailing comma is a syntax error', async () => {
    const object = storedFixtures[0]!.object
    const bare = await t.req('POST', '/api/v1/intel/bundles', { token, payload: JSON.stringify(object), headers: { 'content-type': 'application/json' } })
    expect(bare.statusCode).toBe(400)
    expect(bare.json<{ detail: string }>().detail).toContain('one object of type "relationship", not a bundle')
    const comma = await t.req('POST', '/api/v1/intel/bundles', { token, payload: `${JSON.stringify(object).slice(0, -1)},}`, headers: { 'content-type': 'application/json' } })
    expect(comma.statusCode).toBe(400)
    expect(comma.json<{ detail: string }>().detail).toContain("a trailing ',' before '}'")
  })
})
