import type { CapabilityCategory } from '../vocab'
import type { LanguageCode } from '../vocab'
import type { Sector } from '../vocab'
import type { WorkingHours } from './working-hours'

export type ProviderDelivery = 'remote' | 'on_site' | 'both'

/** Whom a provider will serve: only these nations (when given), never those. */
export interface ServesPolicy {
  only?: readonly string[]
  never?: readonly string[]
}

export interface RatingSummary {
  count: number
  /** Mean of 1–5 star feedback; ignored when count is 0. */
  mean: number
}

/**
 * A capability as matching sees it: one member's offer of one category, with its current load.
 * The caller resolves `mayReceive` beforehand (through src/tlp) for the request's marking, so the
 * only visibility rule stays in one place.
 */
export interface CandidateCapability {
  id: string
  orgId: string
  nation: string
  category: CapabilityCategory
  capacity: number
  activeAssignments: number
  languages: readonly LanguageCode[]
  delivery: ProviderDelivery
  /** The provider's response-time commitment, in hours. */
  responseHours: number
  sectors: readonly Sector[]
  workingHours: WorkingHours
  serves: ServesPolicy
  /** On standby (ready to deploy at once) until this instant. */
  standbyUntil?: Date | null
  ratings: RatingSummary
  mayReceive: boolean
}

export const hasFreeCapacity = (c: Pick<CandidateCapability, 'capacity' | 'activeAssignments'>): boolean =>
  c.activeAssignments < c.capacity

/** Whether the provider's own policy lets it serve a requesting nation. */
export function servesNation(policy: ServesPolicy, nation: string): boolean {
  if (policy.never !== undefined && policy.never.includes(nation)) return false
  if (policy.only !== undefined && policy.only.length > 0 && !policy.only.includes(nation)) return false
  return true
}

export const isOnStandby = (c: Pick<CandidateCapability, 'standbyUntil'>, now: Date): boolean =>
  c.standbyUntil != null && c.standbyUntil.getTime() > now.getTime()
