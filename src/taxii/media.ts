/**
 * TAXII 2.1 media types (section 1.6.8): every endpoint answers application/taxii+json;version=2.1;
 * the object endpoints also answer a client that accepts only application/stix+json;version=2.1.
 * An Accept naming none of these answers 406; a body of another Content-Type 415.
 */
import type { FastifyRequest } from 'fastify'
import { AppError } from '../core/errors'

export const TAXII_MEDIA_TYPE = 'application/taxii+json;version=2.1'
export const STIX_MEDIA_TYPE = 'application/stix+json;version=2.1'

interface MediaRange {
  type: string
  version: string | null
  q: number
}

function parseRanges(header: string): MediaRange[] {
  return header.split(',').flatMap((part) => {
    const [essence, ...params] = part.split(';').map((s) => s.trim())
    if (!essence) return []
    let version: string | null = null
    let q = 1
    for (const p of params) {
      const [k, v] = p.split('=').map((s) => s.trim())
      if (k?.toLowerCase() === 'version') version = v ?? null
      if (k?.toLowerCase() === 'q') q = Number(v)
    }
    return [{ type: essence.toLowerCase(), version, q }]
  })
}

const servesVersion = (r: MediaRange): boolean => r.version === null || r.version === '2.1'

/**
 * The media type to answer `req` with, or a 406 when its Accept names none this endpoint serves.
 * No Accept header: TAXII's own.
 */
export function negotiate(req: FastifyRequest, allowStix: boolean): string {
  const header = req.headers.accept
  if (header === undefined || header.trim() === '') return TAXII_MEDIA_TYPE
  const ranges = parseRanges(header).filter((r) => r.q > 0)
  const taxii = ranges.some((r) => (r.type === 'application/taxii+json' && servesVersion(r)) || r.type === 'application/*' || r.type === '*/*')
  if (taxii) return TAXII_MEDIA_TYPE
  if (allowStix && ranges.some((r) => r.type === 'application/stix+json' && servesVersion(r))) return STIX_MEDIA_TYPE
  throw new AppError(406, 'not_acceptable', `This endpoint serves ${TAXII_MEDIA_TYPE}${allowStix ? ` or ${STIX_MEDIA_TYPE}` : ''}, not ${header}`)
}

/** A body's Content-Type must be TAXII's (or STIX's) at version 2.1 (or no version). */
export function checkContentType(req: FastifyRequest): void {
  const [range] = parseRanges(req.headers['content-type'] ?? '')
  const ok = range !== undefined && (range.type === 'application/taxii+json' || range.type === 'application/stix+json') && servesVersion(range)
  if (!ok) throw new AppError(415, 'unsupported_media_type', `Send the envelope as ${TAXII_MEDIA_TYPE}`)
}
