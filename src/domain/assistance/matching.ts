import type { Tlp } from '../../tlp'
import { hasFreeCapacity, isOnStandby, servesNation, type CandidateCapability } from '../capability'
import { isWithinHoursAt, localTimeIn, type LocalTime } from '../capability'
import type { CapabilityCategory } from '../vocab'
import type { LanguageCode } from '../vocab'
import { SECTORS, type Sector } from '../vocab'
import { targetResponseHours, type Urgency } from '../vocab'
import {
  SCORE_PARTS,
  loadValue,
  pastFeedbackValue,
  resolveRatingPrior,
  resolveWeights,
  responseTimeValue,
  type MatchWeights,
  type RatingPrior,
  type ScorePartName,
} from './scoring'

export type RequestedDelivery = 'remote' | 'on_site' | 'either'

export interface MatchRequest {
  category: CapabilityCategory
  requesterNation: string
  /** Any one of these will do; empty means no language constraint. */
  languages: readonly LanguageCode[]
  delivery: RequestedDelivery
  /** Nations the requester will not take help from. */
  excludedNations: readonly string[]
  urgency: Urgency
  sectors: readonly Sector[]
  /** The marking of the incident; the caller has resolved each candidate's `mayReceive` for it. */
  incidentTlp: Tlp
  /** How many providers the request wants. */
  needed: number
}

/** Hard filters in the order they are tried; an excluded candidate carries the first that failed. */
export const EXCLUSION_REASONS = [
  'category_mismatch',
  'no_free_capacity',
  'nation_excluded_by_requester',
  'requester_not_served',
  'no_common_language',
  'delivery_mismatch',
  'may_not_receive_marking',
] as const
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number]

const EXCLUSION_TEXT: Readonly<Record<ExclusionReason, string>> = {
  category_mismatch: 'does not offer the requested category',
  no_free_capacity: 'has no free capacity',
  nation_excluded_by_requester: "is from a nation the requester excluded",
  requester_not_served: "does not serve the requester's nation",
  no_common_language: 'speaks none of the requested languages',
  delivery_mismatch: 'cannot deliver the way requested (remote or on site)',
  may_not_receive_marking: "may not be shown the incident under its TLP marking",
}

/** The sentence an explanation shows for a reason; built on demand, not in the matching loop. */
export const describeExclusion = (reason: ExclusionReason): string => EXCLUSION_TEXT[reason]

/**
 * Excluded capability ids, grouped by the reason: an explanation reads "31 have no free capacity"
 * better than a flat list, and one id per slot keeps 10,000 refusals from being 10,000 objects.
 */
export type ExcludedByReason = Record<ExclusionReason, string[]>

const emptyExclusions = (): ExcludedByReason => ({
  category_mismatch: [],
  no_free_capacity: [],
  nation_excluded_by_requester: [],
  requester_not_served: [],
  no_common_language: [],
  delivery_mismatch: [],
  may_not_receive_marking: [],
})

/** Why a capability was excluded, or null if it was not. */
export function exclusionReasonOf(excluded: ExcludedByReason, capabilityId: string): ExclusionReason | null {
  for (const reason of EXCLUSION_REASONS) if (excluded[reason].includes(capabilityId)) return reason
  return null
}

export const excludedCount = (excluded: ExcludedByReason): number =>
  EXCLUSION_REASONS.reduce((n, reason) => n + excluded[reason].length, 0)

export interface ScorePart {
  name: ScorePartName
  weight: number
  /** 0–1: how well the candidate does on this part. */
  value: number
  /** weight × value; the parts' contributions, added in order, are exactly the score. */
  contribution: number
}

export interface RankedCandidate {
  capabilityId: string
  orgId: string
  nation: string
  rank: number
  score: number
  parts: ScorePart[]
}

export interface MatchResult {
  ranked: RankedCandidate[]
  excluded: ExcludedByReason
  /** The first `needed` ranked candidates from distinct organizations: whom to send offers to. */
  proposed: RankedCandidate[]
  weights: MatchWeights
}

export interface MatcherOptions {
  weights?: Partial<MatchWeights>
  ratingPrior?: RatingPrior
  /** Explain only the best `limit` candidates (all are still scored and ranked). */
  limit?: number
}

const PART_COUNT = SCORE_PARTS.length

/** For each requested sector, the ids that count as expertise in it: itself, its parent, its subsectors. */
function sectorFamilies(sectors: readonly Sector[]): (readonly string[])[] {
  return sectors.map((r) => {
    const entry = SECTORS.find((s) => s.id === r)
    const family: string[] = [r]
    if (entry?.parent) family.push(entry.parent)
    for (const s of SECTORS) if (s.parent === r) family.push(s.id)
    return family
  })
}

const deliveryFits = (wanted: RequestedDelivery, offered: CandidateCapability['delivery']): boolean =>
  wanted === 'either' || offered === 'both' || offered === wanted

/**
 * Builds a matcher once (weights checked and frozen, Hono-style), to run on each request:
 * hard filters first, each refusal with its reason, then a weighted score with its parts.
 */
export function createMatcher(options: MatcherOptions = {}) {
  const weights = Object.freeze(resolveWeights(options.weights))
  const w = SCORE_PARTS.map((name) => weights[name])
  const prior = resolveRatingPrior(options.ratingPrior)
  const limit = options.limit ?? Number.POSITIVE_INFINITY
  // Scratch space reused across calls (matching is synchronous): a fresh 10,000-row buffer per
  // request costs more than the scoring itself. Only `ranked` and `excluded` leave the call.
  let values = new Float64Array(0)
  let scores = new Float64Array(0)
  let kept = new Int32Array(0)
  const ensureRoom = (n: number) => {
    if (scores.length >= n) return
    values = new Float64Array(n * PART_COUNT)
    scores = new Float64Array(n)
    kept = new Int32Array(n)
  }

  return function match(request: MatchRequest, candidates: readonly CandidateCapability[], now: Date): MatchResult {
    const excludedNations = new Set(request.excludedNations)
    const languages = new Set<string>(request.languages)
    const families = sectorFamilies(request.sectors)
    const target = targetResponseHours(request.urgency)
    const localTimes = new Map<string, LocalTime | null>()
    const localTimeOf = (tz: string): LocalTime | null => {
      let t = localTimes.get(tz)
      if (t === undefined) {
        try {
          t = localTimeIn(tz, now)
        } catch {
          t = null // an unknown zone scores as outside working hours rather than failing the match
        }
        localTimes.set(tz, t)
      }
      return t
    }

    ensureRoom(candidates.length)
    const excluded = emptyExclusions()
    let keptCount = 0

    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i]!
      const reason = exclusionOf(c)
      if (reason !== null) {
        excluded[reason].push(c.id)
        continue
      }
      const slot = keptCount
      const base = slot * PART_COUNT
      const local = localTimeOf(c.workingHours.tz)
      values[base] = responseTimeValue(c.responseHours, target)
      values[base + 1] = sectorValue(c.sectors)
      values[base + 2] = isOnStandby(c, now) ? 1 : 0
      values[base + 3] = loadValue(c.activeAssignments, c.capacity)
      values[base + 4] = local !== null && isWithinHoursAt(c.workingHours, local) ? 1 : 0
      values[base + 5] = pastFeedbackValue(c.ratings.count, c.ratings.mean, prior)
      let score = 0
      for (let k = 0; k < PART_COUNT; k++) score += w[k]! * values[base + k]!
      scores[slot] = score
      kept[slot] = i
      keptCount++
    }

    const order = new Array<number>(keptCount)
    for (let slot = 0; slot < keptCount; slot++) order[slot] = slot
    order.sort((a, b) => scores[b]! - scores[a]! || compareIds(candidates[kept[a]!]!.id, candidates[kept[b]!]!.id))

    const ranked: RankedCandidate[] = []
    const shown = Math.min(order.length, limit)
    for (let r = 0; r < shown; r++) {
      const slot = order[r]!
      const c = candidates[kept[slot]!]!
      ranked.push({ capabilityId: c.id, orgId: c.orgId, nation: c.nation, rank: r + 1, score: scores[slot]!, parts: partsOf(slot) })
    }
    return { ranked, excluded, proposed: proposeDistinctOrgs(ranked, request.needed), weights }

    function exclusionOf(c: CandidateCapability): ExclusionReason | null {
      if (c.category !== request.category) return 'category_mismatch'
      if (!hasFreeCapacity(c)) return 'no_free_capacity'
      if (excludedNations.has(c.nation)) return 'nation_excluded_by_requester'
      if (!servesNation(c.serves, request.requesterNation)) return 'requester_not_served'
      if (languages.size > 0 && !speaksAny(c.languages)) return 'no_common_language'
      if (!deliveryFits(request.delivery, c.delivery)) return 'delivery_mismatch'
      if (!c.mayReceive) return 'may_not_receive_marking'
      return null
    }

    function speaksAny(offered: readonly string[]): boolean {
      for (let j = 0; j < offered.length; j++) if (languages.has(offered[j]!)) return true
      return false
    }

    function sectorValue(offered: readonly string[]): number {
      if (families.length === 0) return 0
      let covered = 0
      for (let f = 0; f < families.length; f++) {
        const family = families[f]!
        for (let j = 0; j < offered.length; j++) {
          if (family.includes(offered[j]!)) {
            covered++
            break
          }
        }
      }
      return covered / families.length
    }

    function partsOf(slot: number): ScorePart[] {
      const base = slot * PART_COUNT
      const parts: ScorePart[] = []
      for (let k = 0; k < PART_COUNT; k++) parts.push(part(k, values[base + k]!))
      return parts
    }
  }

  function part(k: number, value: number): ScorePart {
    return { name: SCORE_PARTS[k]!, weight: w[k]!, value, contribution: w[k]! * value }
  }
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

function proposeDistinctOrgs(ranked: readonly RankedCandidate[], needed: number): RankedCandidate[] {
  const orgs = new Set<string>()
  const proposed: RankedCandidate[] = []
  for (const c of ranked) {
    if (proposed.length >= needed) break
    if (orgs.has(c.orgId)) continue
    orgs.add(c.orgId)
    proposed.push(c)
  }
  return proposed
}

/** One-off convenience; a service that matches often should keep a matcher from createMatcher. */
export const matchCandidates = (
  request: MatchRequest,
  candidates: readonly CandidateCapability[],
  now: Date,
  options?: MatcherOptions,
): MatchResult => createMatcher(options)(request, candidates, now)
