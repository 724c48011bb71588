import { describe, expect, it } from 'vitest'
import { DEVIATION_IDS, DEVIATIONS } from './deviations'
import { DEVIATION_FIXTURES } from './test-support/deviation-fixtures'
import { loadOasisJudge } from './test-support/oasis-judge'
import { validateStixObject } from './validate-stix-object'
import { validateWithDeviations } from './validate-with-deviations'
import { NO_SHARED_DATA } from '../../../test/shared-data'

// Loaded only where the shared data is: the suites below are skipped without it.
const judge = NO_SHARED_DATA ? (null as never) : loadOasisJudge()

describe.skipIf(NO_SHARED_DATA)('the deviation table', () => {
  it('documents every deviation: what is seen, a decision, the clause, why, and the repaired form of each repair', () => {
    expect(Object.keys(DEVIATIONS).sort()).toEqual([...DEVIATION_IDS].sort())
    for (const d of Object.values(DEVIATIONS)) {
      expect(d.seen.length, d.id).toBeGreaterThan(20)
      expect(d.clause.length, d.id).toBeGreaterThan(20)
      expect(d.why.length, d.id).toBeGreaterThan(40)
      expect(d.repairedForm !== null, d.id).toBe(d.decision === 'repair')
    }
  })

  it('has a fixture for each STIX deviation, and each fixture breaks STIX 2.1 only by its deviation', () => {
    const covered = DEVIATION_FIXTURES.map((f) => f.deviation)
    expect([...covered, 'misp-rest-search-form'].sort()).toEqual([...DEVIATION_IDS].sort())
  })
})

describe.skipIf(NO_SHARED_DATA).each(DEVIATION_FIXTURES)('deviation $deviation', ({ deviation, object, repaired }) => {
  const decision = DEVIATIONS[deviation].decision
  const frozen = structuredClone(object)

  it(`is decided as the table says (${decision}), and the report names it`, () => {
    const v = validateWithDeviations(object, false)
    expect(v.applied.map((a) => a.deviation)).toEqual(decision === 'repair' ? expect.arrayContaining([deviation]) : [deviation])
    for (const a of v.applied) expect(a.decision).toBe(DEVIATIONS[a.deviation].decision)
    expect(v.applied.every((a) => a.detail.length > 10)).toBe(true)
    if (decision === 'refuse') {
      expect(v.ok).toBe(false)
      if (!v.ok) expect(v.errors[0]!.detail).toContain(deviation)
      return
    }
    expect(v.ok).toBe(true)
    if (!v.ok) return
    if (decision === 'accept') expect(v.object).toEqual(object)
    else expect(v.object).toMatchObject(repaired!)
  })

  it('leaves the object given unchanged (repairs work on a copy)', () => {
    validateWithDeviations(object, false)
    expect(object).toEqual(frozen)
  })

  it('is refused by a strict validation', () => {
    const v = validateWithDeviations(object, true)
    expect(v.ok).toBe(false)
    // What the table accepts or repairs, STIX 2.1 refuses; what it refuses, no schema sees (a level
    // contradicting a well-known id is well-formed), so it is refused in every mode.
    expect(validateStixObject(object).ok).toBe(decision === 'refuse')
    if (decision === 'refuse' && !v.ok) expect(v.errors[0]!.detail).toContain(deviation)
  })

  it('is stored in a form the OASIS schemas accept', () => {
    const v = validateWithDeviations(object, false)
    if (v.ok) expect(judge.accepts(v.object as Record<string, unknown>)).toBe(true)
    else expect(decision).toBe('refuse')
  })
})

describe.skipIf(NO_SHARED_DATA)('deviations that stay refused', () => {
  it('a short extension property whose x_ name is taken stays short, and the object is refused', () => {
    const fixture = DEVIATION_FIXTURES.find((f) => f.deviation === 'short-extension-property-name')!.object
    const [name, ext] = Object.entries(fixture.extensions as Record<string, Record<string, unknown>>)[0]!
    const v = validateWithDeviations({ ...fixture, extensions: { [name]: { ...ext, x_id: 'taken' } } }, false)
    expect(v.ok).toBe(false)
    if (!v.ok) expect(v.errors.map((e) => e.pointer)).toContain(`/extensions/${name}/id`)
  })

  it('a relationship whose stop_time is before its start_time is refused, not accepted as an instant', () => {
    const rel = DEVIATION_FIXTURES.find((f) => f.deviation === 'stop-time-equals-start-time')!.object
    const v = validateWithDeviations({ ...rel, stop_time: '2024-04-01T23:59:59Z' }, false)
    expect(v.ok).toBe(false)
    expect(v.applied).toEqual([])
  })

  it('a 2.0 object that needs more than a converter knows is refused, the repairs tried named in what it reports', () => {
    const v = validateWithDeviations({ type: 'identity', id: 'identity--9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b', created: '2017-01-01T00:00:00Z', modified: '2017-01-01T00:00:00Z' }, false)
    expect(v.ok).toBe(false)
    expect(v.applied.map((a) => a.deviation)).toEqual(['stix-2.0-object'])
  })

  it('valid STIX 2.1 goes through untouched, with nothing reported', () => {
    for (const f of DEVIATION_FIXTURES) {
      const v = validateWithDeviations(f.object, false)
      if (!v.ok || f.deviation === 'stop-time-equals-start-time') continue
      const again = validateWithDeviations(v.object, false)
      expect(again).toEqual({ ok: true, object: v.object, applied: [] })
    }
  })
})
