import { describe, it, expect } from 'vitest'
import { DEFAULT_RATING_PRIOR, DEFAULT_WEIGHTS, SCORE_PARTS, loadValue, pastFeedbackValue, resolveWeights, responseTimeValue } from './scoring'

describe('scoring values', () => {
  it('has default weights that sum to 1 over every part', () => {
    expect(Object.keys(DEFAULT_WEIGHTS).sort()).toEqual([...SCORE_PARTS].sort())
    expect(SCORE_PARTS.reduce((s, p) => s + DEFAULT_WEIGHTS[p], 0)).toBeCloseTo(1, 12)
    expect(resolveWeights({ load: 2 })).toEqual({ ...DEFAULT_WEIGHTS, load: 2 })
  })

  it('pulls few ratings towards the prior and many towards their mean', () => {
    const prior = DEFAULT_RATING_PRIOR
    const unrated = pastFeedbackValue(0, 0, prior)
    const oneFive = pastFeedbackValue(1, 5, prior)
    const twentyFourEight = pastFeedbackValue(20, 4.8, prior)
    expect(unrated).toBe((prior.mean - 1) / 4)
    expect(oneFive).toBeGreaterThan(unrated)
    expect(twentyFourEight).toBeGreaterThan(oneFive)
    expect(pastFeedbackValue(10_000, 5, prior)).toBeGreaterThan(0.999)
    expect(pastFeedbackValue(10_000, 1, prior)).toBeLessThan(0.001)
    expect(pastFeedbackValue(3, Number.NaN, prior)).toBe(unrated)
  })

  it('gives full marks for meeting the response target, less in proportion when slower', () => {
    expect(responseTimeValue(1, 4)).toBe(1)
    expect(responseTimeValue(4, 4)).toBe(1)
    expect(responseTimeValue(16, 4)).toBe(0.25)
  })

  it('reads load as the free share of capacity', () => {
    expect(loadValue(0, 5)).toBe(1)
    expect(loadValue(4, 5)).toBeCloseTo(0.2, 12)
    expect(loadValue(0, 0)).toBe(0)
  })
})
