import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { isAppError } from '../../core/errors'
import type { CandidateCapability } from '../capability/capability'
import {
  createMatcher,
  describeExclusion,
  excludedCount,
  exclusionReasonOf,
  matchCandidates,
  EXCLUSION_REASONS,
  type MatchRequest,
} from './matching'
import { SCORE_PARTS, type MatchWeights } from './scoring'
import { propertyRuns } from '../../../test/property-runs'

// Wednesday 2026-06-10: 10:30 in Tallinn and Vilnius, 03:30 in New York.
const NOW = new Date('2026-06-10T07:30:00Z')

const request = (o: Partial<MatchRequest> = {}): MatchRequest => ({
  category: 'malware-analysis',
  requesterNation: 'EE',
  languages: ['en'],
  delivery: 'remote',
  excludedNations: [],
  urgency: 'high',
  sectors: ['energy-electricity'],
  incidentTlp: 'AMBER',
  needed: 1,
  ...o,
})

const candidate = (o: Partial<CandidateCapability> = {}): CandidateCapability => ({
  id: 'cap-1',
  orgId: 'org-1',
  nation: 'LT',
  category: 'malware-analysis',
  capacity: 3,
  activeAssignments: 0,
  languages: ['en', 'lt'],
  delivery: 'both',
  responseHours: 4,
  sectors: ['energy'],
  workingHours: { tz: 'Europe/Vilnius', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
  serves: {},
  standbyUntil: null,
  ratings: { count: 0, mean: 0 },
  mayReceive: true,
  ...o,
})

const valueOf = (c: CandidateCapability, part: string, req = request()) => {
  const [ranked] = matchCandidates(req, [c], NOW).ranked
  return ranked!.parts.find((p) => p.name === part)!.value
}

describe('hard filters', () => {
  it('keeps a candidate that meets every constraint', () => {
    const r = matchCandidates(request(), [candidate()], NOW)
    expect(excludedCount(r.excluded)).toBe(0)
    expect(r.ranked.map((c) => c.capabilityId)).toEqual(['cap-1'])
  })

  const cases: [string, Partial<CandidateCapability>, Partial<MatchRequest>][] = [
    ['category_mismatch', { category: 'digital-forensics' }, {}],
    ['no_free_capacity', { capacity: 2, activeAssignments: 2 }, {}],
    ['no_free_capacity', { capacity: 0, activeAssignments: 0 }, {}],
    ['nation_excluded_by_requester', {}, { excludedNations: ['LV', 'LT'] }],
    ['requester_not_served', { serves: { never: ['EE'] } }, {}],
    ['requester_not_served', { serves: { only: ['LV', 'PL'] } }, {}],
    ['no_common_language', { languages: ['fr', 'de'] }, { languages: ['en', 'et'] }],
    ['delivery_mismatch', { delivery: 'remote' }, { delivery: 'on_site' }],
    ['delivery_mismatch', { delivery: 'on_site' }, { delivery: 'remote' }],
    ['may_not_receive_marking', { mayReceive: false }, { incidentTlp: 'RED' }],
  ]
  it.each(cases)('excludes for %s (%j, %j)', (reason, cand, req) => {
    const r = matchCandidates(request(req), [candidate(cand)], NOW)
    expect(r.ranked).toEqual([])
    expect(exclusionReasonOf(r.excluded, 'cap-1')).toBe(reason)
    expect(excludedCount(r.excluded)).toBe(1)
  })

  const passes: [string, Partial<CandidateCapability>, Partial<MatchRequest>][] = [
    ['serves only the requester', { serves: { only: ['EE'] } }, {}],
    ['an empty only-list means everyone', { serves: { only: [] } }, {}],
    ['no language asked', { languages: ['fr'] }, { languages: [] }],
    ['one shared language is enough', { languages: ['fr', 'et'] }, { languages: ['en', 'et'] }],
    ['either delivery', { delivery: 'on_site' }, { delivery: 'either' }],
    ['on site by a provider doing both', { delivery: 'both' }, { delivery: 'on_site' }],
  ]
  it.each(passes)('keeps: %s', (_name, cand, req) => {
    expect(matchCandidates(request(req), [candidate(cand)], NOW).ranked).toHaveLength(1)
  })

  it('has a sentence for every reason', () => {
    for (const reason of EXCLUSION_REASONS) expect(describeExclusion(reason).length).toBeGreaterThan(10)
  })
})

describe('score parts', () => {
  it('rates a response commitment against the urgency target', () => {
    expect(valueOf(candidate({ responseHours: 2 }), 'responseTime', request({ urgency: 'critical' }))).toBe(1)
    expect(valueOf(candidate({ responseHours: 8 }), 'responseTime', request({ urgency: 'critical' }))).toBe(0.25)
    expect(valueOf(candidate({ responseHours: 8 }), 'responseTime', request({ urgency: 'high' }))).toBe(1)
  })

  it('counts expertise in the sector, its parent or its subsectors', () => {
    const req = request({ sectors: ['energy-electricity', 'health'] })
    expect(valueOf(candidate({ sectors: ['energy'] }), 'sectorExpertise', req)).toBe(0.5)
    expect(valueOf(candidate({ sectors: ['energy-electricity', 'health'] }), 'sectorExpertise', req)).toBe(1)
    expect(valueOf(candidate({ sectors: ['energy-gas'] }), 'sectorExpertise', req)).toBe(0)
    expect(valueOf(candidate({ sectors: ['energy-gas'] }), 'sectorExpertise', request({ sectors: ['energy'] }))).toBe(1)
  })

  it('rewards standby only while it lasts', () => {
    expect(valueOf(candidate({ standbyUntil: new Date('2026-06-10T08:00:00Z') }), 'standby')).toBe(1)
    expect(valueOf(candidate({ standbyUntil: new Date('2026-06-10T07:00:00Z') }), 'standby')).toBe(0)
  })

  it('spreads work towards the least loaded', () => {
    expect(valueOf(candidate({ capacity: 4, activeAssignments: 0 }), 'load')).toBe(1)
    expect(valueOf(candidate({ capacity: 4, activeAssignments: 3 }), 'load')).toBe(0.25)
  })

  it('knows who is at work now in their own time zone', () => {
    const tallinn = candidate({ id: 'tallinn', workingHours: { tz: 'Europe/Tallinn', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' } })
    const newYork = candidate({ id: 'nyc', workingHours: { tz: 'America/New_York', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' } })
    const r = matchCandidates(request(), [newYork, tallinn], NOW)
    expect(r.ranked.map((c) => [c.capabilityId, c.parts.find((p) => p.name === 'workingHours')!.value])).toEqual([
      ['tallinn', 1],
      ['nyc', 0],
    ])
    const evening = new Date('2026-06-10T20:00:00Z') // 23:00 Tallinn, 16:00 New York
    expect(matchCandidates(request(), [newYork, tallinn], evening).ranked[0]!.capabilityId).toBe('nyc')
  })

  it('scores an unknown time zone as outside working hours instead of failing', () => {
    expect(valueOf(candidate({ workingHours: { tz: 'Nowhere/Town', days: [3], start: '00:00', end: '00:00' } }), 'workingHours')).toBe(0)
  })

  it('ranks twenty 4.8-star ratings above a single 5-star one', () => {
    const one = candidate({ id: 'one', ratings: { count: 1, mean: 5 } })
    const twenty = candidate({ id: 'twenty', ratings: { count: 20, mean: 4.8 } })
    const unrated = candidate({ id: 'unrated' })
    const r = matchCandidates(request(), [one, unrated, twenty], NOW)
    expect(r.ranked.map((c) => c.capabilityId)).toEqual(['twenty', 'one', 'unrated'])
  })
})

describe('ranking and weights', () => {
  const onlyLoad: Partial<MatchWeights> = { responseTime: 0, sectorExpertise: 0, standby: 0, workingHours: 0, pastFeedback: 0, load: 1 }

  it('follows the configured weights', () => {
    const busyButFast = candidate({ id: 'a', responseHours: 1, capacity: 4, activeAssignments: 3 })
    const idleButSlow = candidate({ id: 'b', responseHours: 48, capacity: 4, activeAssignments: 0 })
    expect(matchCandidates(request(), [busyButFast, idleButSlow], NOW, { weights: onlyLoad }).ranked[0]!.capabilityId).toBe('b')
    const onlySpeed = { ...onlyLoad, load: 0, responseTime: 1 }
    expect(matchCandidates(request(), [busyButFast, idleButSlow], NOW, { weights: onlySpeed }).ranked[0]!.capabilityId).toBe('a')
  })

  it('breaks ties by id so the order is stable', () => {
    const r = matchCandidates(request(), [candidate({ id: 'c' }), candidate({ id: 'a' }), candidate({ id: 'b' })], NOW)
    expect(r.ranked.map((c) => [c.capabilityId, c.rank])).toEqual([['a', 1], ['b', 2], ['c', 3]])
  })

  it('proposes the best from distinct organizations, as many as needed', () => {
    const cands = [
      candidate({ id: 'x1', orgId: 'x', responseHours: 1 }),
      candidate({ id: 'x2', orgId: 'x', responseHours: 1 }),
      candidate({ id: 'y1', orgId: 'y', responseHours: 6 }),
      candidate({ id: 'z1', orgId: 'z', responseHours: 30 }),
    ]
    expect(matchCandidates(request({ needed: 2 }), cands, NOW).proposed.map((c) => c.capabilityId)).toEqual(['x1', 'y1'])
  })

  it('explains only the best `limit` when asked', () => {
    const cands = ['a', 'b', 'c', 'd'].map((id, i) => candidate({ id, responseHours: 10 + i }))
    expect(matchCandidates(request(), cands, NOW, { limit: 2 }).ranked.map((c) => c.capabilityId)).toEqual(['a', 'b'])
  })

  it('refuses a negative weight or a prior without weight, naming the field', () => {
    const problem = (f: () => unknown) => {
      try {
        f()
      } catch (e) {
        if (isAppError(e)) return [e.status, e.code, e.errors[0]?.pointer]
      }
      return null
    }
    expect(problem(() => createMatcher({ weights: { load: -1 } }))).toEqual([422, 'invalid_weight', '/weights/load'])
    expect(problem(() => createMatcher({ weights: { standby: Number.NaN } }))).toEqual([422, 'invalid_weight', '/weights/standby'])
    expect(problem(() => createMatcher({ ratingPrior: { mean: 3, weight: 0 } }))).toEqual([422, 'invalid_rating_prior', '/ratingPrior/weight'])
  })
})

describe('matching properties', () => {
  const nations = ['EE', 'LV', 'LT', 'PL', 'US']
  const arbCandidate = fc.record({
    id: fc.uuid(),
    orgId: fc.constantFrom('o1', 'o2', 'o3', 'o4'),
    nation: fc.constantFrom(...nations),
    category: fc.constantFrom('malware-analysis', 'digital-forensics'),
    capacity: fc.integer({ min: 0, max: 5 }),
    activeAssignments: fc.integer({ min: 0, max: 5 }),
    languages: fc.subarray(['en', 'fr', 'et', 'lt'] as const),
    delivery: fc.constantFrom('remote', 'on_site', 'both'),
    responseHours: fc.double({ min: 0.25, max: 200, noNaN: true }),
    sectors: fc.subarray(['energy', 'energy-gas', 'health', 'banking', 'space'] as const),
    workingHours: fc.record({
      tz: fc.constantFrom('Europe/Tallinn', 'America/New_York', 'Asia/Tokyo', 'UTC'),
      days: fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }),
      start: fc.constantFrom('00:00', '08:00', '22:00'),
      end: fc.constantFrom('06:00', '17:00', '24:00'),
    }),
    serves: fc.record({ only: fc.subarray(nations), never: fc.subarray(nations) }, { requiredKeys: [] }),
    standbyUntil: fc.option(fc.integer({ min: NOW.getTime() - 86_400_000, max: NOW.getTime() + 86_400_000 }).map((ms) => new Date(ms))),
    ratings: fc.record({ count: fc.integer({ min: 0, max: 50 }), mean: fc.double({ min: 1, max: 5, noNaN: true }) }),
    mayReceive: fc.boolean(),
  }) as fc.Arbitrary<CandidateCapability>
  const arbRequest = fc.record({
    category: fc.constantFrom('malware-analysis', 'digital-forensics'),
    requesterNation: fc.constantFrom(...nations),
    languages: fc.subarray(['en', 'fr', 'et'] as const),
    delivery: fc.constantFrom('remote', 'on_site', 'either'),
    excludedNations: fc.subarray(nations),
    urgency: fc.constantFrom('critical', 'high', 'medium', 'low'),
    sectors: fc.subarray(['energy-electricity', 'health', 'space'] as const),
    incidentTlp: fc.constantFrom('GREEN', 'AMBER'),
    needed: fc.integer({ min: 1, max: 3 }),
  }) as fc.Arbitrary<MatchRequest>
  const arbWeights = fc.record(
    Object.fromEntries(SCORE_PARTS.map((p) => [p, fc.double({ min: 0, max: 10, noNaN: true })])) as Record<keyof MatchWeights, fc.Arbitrary<number>>,
  )

  it('makes the parts add up exactly to the score, and keeps each part within its weight', () => {
    fc.assert(
      fc.property(arbRequest, fc.array(arbCandidate, { maxLength: 40 }), arbWeights, (req, cands, weights) => {
        for (const c of matchCandidates(req, cands, NOW, { weights }).ranked) {
          expect(c.parts.map((p) => p.name)).toEqual([...SCORE_PARTS])
          expect(c.parts.reduce((sum, p) => sum + p.contribution, 0)).toBe(c.score)
          for (const p of c.parts) {
            expect(p.value).toBeGreaterThanOrEqual(0)
            expect(p.value).toBeLessThanOrEqual(1)
            expect(p.contribution).toBe(p.weight * p.value)
            expect(p.weight).toBe(weights[p.name])
          }
        }
      }),
      { numRuns: propertyRuns(200) },
    )
  })

  it('ranks by score, splits candidates into ranked and excluded, and ranks only those passing every filter', () => {
    fc.assert(
      fc.property(arbRequest, fc.array(arbCandidate, { maxLength: 40 }), (req, cands) => {
        const r = matchCandidates(req, cands, NOW)
        for (let i = 1; i < r.ranked.length; i++) expect(r.ranked[i - 1]!.score).toBeGreaterThanOrEqual(r.ranked[i]!.score)
        expect(r.ranked.length + excludedCount(r.excluded)).toBe(cands.length)
        for (const reason of EXCLUSION_REASONS) for (const id of r.excluded[reason]) expect(r.ranked.some((k) => k.capabilityId === id)).toBe(false)
        const byId = new Map(cands.map((c) => [c.id, c]))
        for (const k of r.ranked) {
          const c = byId.get(k.capabilityId)!
          expect(c.category).toBe(req.category)
          expect(c.activeAssignments).toBeLessThan(c.capacity)
          expect(req.excludedNations).not.toContain(c.nation)
          expect(c.serves.never ?? []).not.toContain(req.requesterNation)
          if (c.serves.only?.length) expect(c.serves.only).toContain(req.requesterNation)
          if (req.languages.length > 0) expect(c.languages.some((l) => req.languages.includes(l))).toBe(true)
          expect(c.mayReceive).toBe(true)
        }
        expect(r.proposed.length).toBe(Math.min(req.needed, new Set(r.ranked.map((k) => k.orgId)).size))
        expect(new Set(r.proposed.map((k) => k.orgId)).size).toBe(r.proposed.length)
      }),
      { numRuns: propertyRuns(200) },
    )
  })

  it('never ranks a candidate lower for a better rating, all else equal', () => {
    fc.assert(
      fc.property(arbCandidate, fc.integer({ min: 0, max: 50 }), fc.double({ min: 1, max: 4.9, noNaN: true }), (base, count, mean) => {
        const c = { ...base, category: 'malware-analysis' as const, capacity: 5, activeAssignments: 0, serves: {}, mayReceive: true, languages: ['en' as const], delivery: 'both' as const }
        const worse = matchCandidates(request(), [{ ...c, ratings: { count, mean } }], NOW).ranked[0]!.score
        const better = matchCandidates(request(), [{ ...c, ratings: { count, mean: mean + 0.1 } }], NOW).ranked[0]!.score
        expect(better).toBeGreaterThanOrEqual(worse)
      }),
      { numRuns: propertyRuns(100) },
    )
  })
})
