/** Intel objects as the hub holds them: types and the pure rules of versions and import outcomes. */
import type { Tlp } from '../../tlp'
import { compareTimestamps, type AppliedDeviation } from '../../formats/stix'

/** One stored version of an object, as the version rules need it. */
export interface StoredVersion {
  rowId: number | null
  modified: string
  isLatest: boolean
}

export type VersionOutcome = 'added' | 'new_version' | 'older_version' | 'duplicate'

const sameModified = (a: string, b: string): boolean => a === b || (a !== '' && b !== '' && compareTimestamps(a, b) === 0)

/**
 * The STIX 2.1 rules (section 3.6): the same id and `modified` again is a duplicate; a later
 * `modified` is a new version and becomes the latest; an earlier one is kept as history.
 * Unversioned objects (SCOs, marking definitions) carry '' and are added once.
 */
export function versionOutcome(versions: readonly StoredVersion[], modified: string): VersionOutcome {
  if (versions.length === 0) return 'added'
  if (versions.some((v) => sameModified(v.modified, modified))) return 'duplicate'
  const latest = versions.find((v) => v.isLatest)
  if (latest === undefined) return 'added'
  return compareTimestamps(modified, latest.modified) > 0 ? 'new_version' : 'older_version'
}

/** One object refused by an import, with why. */
export interface RejectedObject {
  /** Position in the bundle (0-based). */
  index: number
  id: string | null
  reason: string
}

/**
 * One object the deviation table (formats/stix/deviations.ts) accepted or repaired, with each
 * deviation named; `index` null for one of the whole document (e.g. a MISP restSearch form).
 */
export interface DeviatedObject {
  index: number | null
  id: string | null
  deviations: AppliedDeviation[]
}

export interface ImportSummary {
  bundleId: string | null
  /** Objects read from the input. */
  objects: number
  added: number
  newVersions: number
  olderVersions: number
  duplicates: number
  rejectedCount: number
  /** The first rejects (the list is bounded; `rejectedCount` has them all). */
  rejected: RejectedObject[]
  warnings: string[]
  /** Objects stored accepted or repaired by the deviation table (none in a strict import). */
  deviatedCount: number
  /** The first of them (the list is bounded like `rejected`; `deviatedCount` has them all). */
  deviated: DeviatedObject[]
  /** False when nothing was written (all-or-nothing import with rejects). */
  committed: boolean
}

export const MAX_LISTED_REJECTS = 1000

/** Which versions a query returns. A timestamp selects the version with that `modified`. */
export type VersionSelector = 'latest' | 'all' | 'first' | { modified: string }

/** A stored object as read back: the STIX JSON and the hub's own columns. */
export interface IntelObjectView {
  rowId: number
  id: string
  type: string
  modified: string | null
  isLatest: boolean
  tlp: Tlp
  orgId: string
  dateAdded: string
  incidentId: string | null
  object: Record<string, unknown>
  /** Who can see it, in words (answers of the list and read routes; exports leave it out). */
  visibleTo?: string
}

export interface ObjectFilter {
  types?: readonly string[]
  addedAfter?: string
  modifiedAfter?: string
  modifiedBefore?: string
  incidentId?: string
  /** Only objects at these levels. */
  tlps?: readonly Tlp[]
  ids?: readonly string[]
  version: VersionSelector
}
