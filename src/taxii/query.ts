/**
 * The TAXII 2.1 query parameters (section 3.4): added_after, limit, next and match[id|type|version|
 * spec_version], each match taking several comma-separated values (repeated parameters too).
 */
import { badRequest } from '../core/errors'
import { addedAfterKey, decodePageKey, isTimestamp, parseVersionMatch, splitValues, type TaxiiPageQuery, type VersionMatch } from '../domain/intel'

export type RawQuery = Record<string, string | string[] | undefined>

const one = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v.join(',') : v)

const listOf = (q: RawQuery, name: string): string[] | undefined => {
  const raw = one(q[name])
  return raw === undefined ? undefined : splitValues(raw)
}

/** The versions `match[version]` asks for (default `fallback`); a 400 on a value that is neither keyword nor timestamp. */
export function versionsOf(q: RawQuery, fallback: VersionMatch): VersionMatch[] {
  const v = parseVersionMatch(one(q['match[version]']), fallback)
  if (v === null) throw badRequest('bad_taxii_filter', 'match[version] takes last, first, all or timestamps, comma-separated', '/query/match[version]')
  return v
}

export function pageQueryOf(q: RawQuery, pageLimit: number, fallback: VersionMatch): TaxiiPageQuery {
  const addedAfter = one(q.added_after)
  if (addedAfter !== undefined && !isTimestamp(addedAfter)) throw badRequest('bad_taxii_filter', 'added_after is not a timestamp (YYYY-MM-DDTHH:MM:SS[.s+]Z)', '/query/added_after')
  const rawLimit = one(q.limit)
  const limit = rawLimit === undefined ? pageLimit : Number(rawLimit)
  if (!Number.isInteger(limit) || limit < 1) throw badRequest('bad_taxii_filter', 'limit is a whole number of at least 1', '/query/limit')
  const next = one(q.next)
  const after = next === undefined ? null : decodePageKey(next)
  if (next !== undefined && after === null) throw badRequest('bad_taxii_next', 'next is not a cursor this hub gave out', '/query/next')
  const ids = listOf(q, 'match[id]')
  const types = listOf(q, 'match[type]')
  const specVersions = listOf(q, 'match[spec_version]')
  return {
    filter: {
      versions: versionsOf(q, fallback),
      ...(addedAfter !== undefined ? { addedAfter: addedAfterKey(addedAfter) } : {}),
      ...(ids ? { ids } : {}),
      ...(types ? { types } : {}),
      ...(specVersions ? { specVersions } : {}),
    },
    after,
    // The server may return fewer than asked (section 3.4.1): never more than its page limit.
    limit: Math.min(limit, pageLimit),
  }
}
