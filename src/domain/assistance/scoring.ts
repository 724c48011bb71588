import { unprocessable } from '../../core/errors'

/** The weighted parts of a candidate's score, in the order they are added up. */
export const SCORE_PARTS = ['responseTime', 'sectorExpertise', 'standby', 'load', 'workingHours', 'pastFeedback'] as const
export type ScorePartName = (typeof SCORE_PARTS)[number]

export type MatchWeights = Record<ScorePartName, number>

/** They sum to 1, so a score reads as a fraction of the best possible candidate. */
export const DEFAULT_WEIGHTS: Readonly<MatchWeights> = Object.freeze({
  responseTime: 0.3,
  sectorExpertise: 0.2,
  standby: 0.1,
  load: 0.15,
  workingHours: 0.1,
  pastFeedback: 0.15,
})

export interface RatingPrior {
  /** What an unrated provider is assumed to score, on the 1–5 scale. */
  mean: number
  /** How many ratings the assumption is worth. */
  weight: number
}

export const DEFAULT_RATING_PRIOR: Readonly<RatingPrior> = Object.freeze({ mean: 3, weight: 5 })

export function resolveWeights(overrides: Partial<MatchWeights> = {}): MatchWeights {
  const weights = { ...DEFAULT_WEIGHTS }
  for (const name of SCORE_PARTS) {
    const w = overrides[name]
    if (w === undefined) continue
    if (!Number.isFinite(w) || w < 0)
      throw unprocessable('invalid_weight', `Weight ${name} must be a finite number ≥ 0`, `/weights/${name}`)
    weights[name] = w
  }
  return weights
}

export function resolveRatingPrior(prior: RatingPrior = DEFAULT_RATING_PRIOR): RatingPrior {
  if (!(prior.weight > 0) || !Number.isFinite(prior.weight))
    throw unprocessable('invalid_rating_prior', 'The rating prior needs a weight > 0', '/ratingPrior/weight')
  if (!(prior.mean >= 1 && prior.mean <= 5))
    throw unprocessable('invalid_rating_prior', 'The rating prior mean is on the 1–5 scale', '/ratingPrior/mean')
  return { ...prior }
}

/** 1 when the commitment meets the urgency's target, falling in proportion as it gets slower. */
export const responseTimeValue = (responseHours: number, targetHours: number): number =>
  responseHours <= targetHours ? (responseHours >= 0 ? 1 : 0) : targetHours / responseHours

/**
 * Past feedback as a Bayesian average, mapped from 1–5 stars to 0–1: a handful of ratings moves
 * it only a little from the prior, so one 5-star rating does not beat twenty of 4.8.
 */
export function pastFeedbackValue(count: number, mean: number, prior: RatingPrior): number {
  const n = count > 0 && Number.isFinite(mean) ? count : 0
  const bayes = (prior.weight * prior.mean + (n > 0 ? n * mean : 0)) / (prior.weight + n)
  const v = (bayes - 1) / 4
  return v < 0 ? 0 : v > 1 ? 1 : v
}

/** Free share of capacity: an idle provider scores 1, one with a single slot left scores little. */
export const loadValue = (active: number, capacity: number): number => (capacity > 0 ? 1 - active / capacity : 0)
