/**
 * Each procedure against the plain reference (test/decision-reference.ts) over random answer sets:
 * random addressees, random answers in a random order with repeats (the last counts), random
 * quorum and threshold, random consent holders.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { referenceOutcome, type RefAnswer } from '../../../test/decision-reference'
import { propertyRuns } from '../../../test/property-runs'
import { ANSWERS_OF, decide, PROCEDURES, type AnswerKind, type Procedure } from './procedures'

const answerSet = fc.constantFrom(...PROCEDURES).chain((procedure) =>
  fc.integer({ min: 1, max: 9 }).chain((n) => {
    const addressees = Array.from({ length: n }, (_, i) => `org-${i}`)
    return fc.record({
      procedure: fc.constant(procedure as Procedure),
      addressees: fc.constant(addressees),
      given: fc.array(fc.record({ by: fc.constantFrom(...addressees), answer: fc.constantFrom(...ANSWERS_OF[procedure]) }), { maxLength: 20 }),
      rule: fc.record({
        quorum: fc.integer({ min: 1, max: n }),
        thresholdDen: fc.integer({ min: 1, max: 12 }),
        thresholdNum: fc.integer({ min: 1, max: 12 }),
        thresholdOf: fc.constantFrom('addressees' as const, 'cast' as const),
      }).map((r) => ({ ...r, thresholdNum: Math.min(r.thresholdNum, r.thresholdDen) })),
      consentOf: fc.subarray(addressees, { maxLength: Math.min(2, n) }),
    })
  }),
)

const lastAnswers = (given: readonly { by: string; answer: AnswerKind }[]) => new Map(given.map((g) => [g.by, g.answer]))

describe('decision procedures against their plain reference', () => {
  const numRuns = propertyRuns(20_000)
  it(`agree over ${numRuns} random answer sets (silence, consensus, majority; consent holders)`, () => {
    fc.assert(
      fc.property(answerSet, ({ procedure, addressees, given, rule, consentOf }) => {
        const mine = decide(procedure, addressees, lastAnswers(given), procedure === 'majority' ? rule : null, consentOf)
        expect(mine).toBe(referenceOutcome(procedure, addressees, given as { by: string; answer: RefAnswer }[], rule, consentOf))
      }),
      { numRuns },
    )
  })

  it.each([
    ['silence with nobody answering is adopted', 'silence', [], 'adopted'],
    ['silence broken, then taken back by a concurrence, is adopted', 'silence', [['a', 'break_silence'], ['a', 'concur']], 'adopted'],
    ['silence broken on the last answer stops adoption', 'silence', [['a', 'concur'], ['b', 'break_silence']], 'silence_broken'],
    ['consensus with an abstention and two concurrences is adopted', 'consensus', [['a', 'concur'], ['b', 'abstain'], ['c', 'concur']], 'adopted'],
    ['consensus all abstaining is undecided', 'consensus', [['a', 'abstain'], ['b', 'abstain'], ['c', 'abstain']], 'undecided'],
    ['consensus with one missing is undecided', 'consensus', [['a', 'concur'], ['b', 'concur']], 'undecided'],
    ['consensus with an objection is rejected', 'consensus', [['a', 'concur'], ['b', 'object']], 'rejected'],
  ] as const)('%s', (_name, procedure, given, expected) => {
    expect(decide(procedure, ['a', 'b', 'c'], new Map(given.map(([by, a]) => [by, a as AnswerKind])), null, [])).toBe(expected)
  })

  it('majority: two thirds of the addressees reached exactly adopts; the quorum counts abstentions', () => {
    const rule = { quorum: 3, thresholdNum: 2, thresholdDen: 3, thresholdOf: 'addressees' as const }
    const six = ['a', 'b', 'c', 'd', 'e', 'f']
    const answers = (xs: [string, AnswerKind][]) => new Map(xs)
    expect(decide('majority', six, answers([['a', 'concur'], ['b', 'concur'], ['c', 'concur'], ['d', 'concur']]), rule, [])).toBe('adopted')
    expect(decide('majority', six, answers([['a', 'concur'], ['b', 'concur'], ['c', 'concur'], ['d', 'object']]), rule, [])).toBe('rejected')
    expect(decide('majority', six, answers([['a', 'concur'], ['b', 'abstain']]), rule, [])).toBe('undecided')
  })

  it('an originator who objects is never outvoted: consent holders must concur (or keep silence)', () => {
    const rule = { quorum: 1, thresholdNum: 1, thresholdDen: 2, thresholdOf: 'cast' as const }
    const votes = new Map<string, AnswerKind>([['a', 'object'], ['b', 'concur'], ['c', 'concur']])
    expect(decide('majority', ['a', 'b', 'c'], votes, rule, [])).toBe('adopted')
    expect(decide('majority', ['a', 'b', 'c'], votes, rule, ['a'])).toBe('rejected')
    expect(decide('silence', ['a', 'b'], new Map(), null, ['a'])).toBe('adopted')
  })
})
