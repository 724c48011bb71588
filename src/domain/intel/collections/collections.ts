/**
 * TAXII 2.1 over the intel store: the collections a caller has, their stable ids, and the
 * object filters of the objects, manifest and versions endpoints (OASIS TAXII 2.1, sections 3–5).
 * Pure: no I/O here.
 */
import { nameUuid } from '../../../core/ids'
import type { Actor } from '../../members'

/** The namespace of every collection id (UUIDv5 of this and the collection's name). */
export const TAXII_COLLECTION_NAMESPACE = '5d0e4a3c-7b2f-4c61-9a8e-3f1b2c4d5e6f'

/** What a collection holds: every object the caller may see, CLEAR only, one incident's, one organization's own. */
export type CollectionKind =
  | { kind: 'all' }
  | { kind: 'public' }
  | { kind: 'incident'; incidentId: string }
  | { kind: 'inbox'; orgId: string }

/** The collection's name, from which its id derives: the same in every API root and every run. */
export function collectionName(k: CollectionKind): string {
  switch (k.kind) {
    case 'all':
      return 'all'
    case 'public':
      return 'public'
    case 'incident':
      return `incident:${k.incidentId}`
    case 'inbox':
      return `inbox:${k.orgId}`
  }
}

export const collectionIdOf = (k: CollectionKind): string => nameUuid(TAXII_COLLECTION_NAMESPACE, collectionName(k))

export interface TaxiiCollection {
  id: string
  title: string
  description: string
  canRead: boolean
  canWrite: boolean
  kind: CollectionKind
}

/**
 * Who asks, and where: an authenticated actor in the world of its API root (the default root is
 * the real world, an exercise root that exercise), or nobody on the public root (CLEAR only).
 */
export type TaxiiCaller = { actor: Actor; public: false } | { actor: null; public: true }

/** `match[version]`: the latest, the first, every version, or the one with this `modified`. */
export type VersionMatch = 'last' | 'first' | 'all' | { modified: string }

/** Where a page ends: the last object's date added and row (the keyset of `next`). */
export interface PageKey {
  dateAdded: string
  rowId: number
}

export interface TaxiiFilter {
  addedAfter?: string
  ids?: readonly string[]
  types?: readonly string[]
  versions: readonly VersionMatch[]
  specVersions?: readonly string[]
}

export interface TaxiiPageQuery {
  filter: TaxiiFilter
  after: PageKey | null
  limit: number
}

/** One stored object as TAXII lists it: the object's version is its modified, else created, else date added. */
export interface TaxiiRecord {
  id: string
  type: string
  version: string
  dateAdded: string
  specVersion: string
  key: PageKey
}

export interface TaxiiObject extends TaxiiRecord {
  /** The object as served: the hub's TLP marking ref in place of the TLP refs it came with. */
  json: string
}

export interface TaxiiPage<T> {
  items: T[]
  more: boolean
  /** The cursor of the next page, when there is more. */
  next: string | null
}

export const versionOf = (modified: string, created: string | null, dateAdded: string): string =>
  modified !== '' ? modified : (created ?? dateAdded)

export const encodePageKey = (k: PageKey): string => Buffer.from(`${k.dateAdded}|${k.rowId}`).toString('base64url')

/** The key a `next` names, or null when it is not one this hub gave out. */
export function decodePageKey(next: string): PageKey | null {
  const text = Buffer.from(next, 'base64url').toString()
  const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)\|(\d{1,15})$/.exec(text)
  return m ? { dateAdded: m[1]!, rowId: Number(m[2]) } : null
}

const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/

/** An RFC 3339 UTC timestamp as TAXII and STIX write them. */
export const isTimestamp = (s: string): boolean => TIMESTAMP.test(s) && !Number.isNaN(Date.parse(s))

/**
 * `added_after` as the hub writes dates added (milliseconds, Z), so that text order is time order:
 * a row is after t exactly when it is after t cut to the millisecond (rows carry whole milliseconds).
 */
export const addedAfterKey = (t: string): string => new Date(Date.parse(t)).toISOString()

/** The values of `match[version]` (comma-separated), or null when one is neither a keyword nor a timestamp. */
export function parseVersionMatch(raw: string | undefined, fallback: VersionMatch): VersionMatch[] | null {
  if (raw === undefined) return [fallback]
  const out: VersionMatch[] = []
  for (const v of splitValues(raw)) {
    if (v === 'last' || v === 'first' || v === 'all') out.push(v)
    else if (isTimestamp(v)) out.push({ modified: v })
    else return null
  }
  return out.length > 0 ? out : null
}

/** Comma-separated filter values, blanks dropped. */
export const splitValues = (raw: string): string[] =>
  raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
