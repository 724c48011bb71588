/**
 * What a TAXII 2.1 client needs of the standard (OASIS TAXII 2.1, sections 1.6.8, 3.3, 5.4): the
 * media types, the URL of a collection's objects with its filters, and a careful reading of the
 * server's answer. A peer's answer is untrusted input: anything but a well-formed envelope under
 * the TAXII media type is an error with a message, never a crash.
 */
import { Ajv } from 'ajv'

export const TAXII_MEDIA_TYPE = 'application/taxii+json;version=2.1'
export const STIX_MEDIA_TYPE = 'application/stix+json;version=2.1'

/** One page of a collection's objects as the peer sent it. */
export interface EnvelopePage {
  objects: unknown[]
  more: boolean
  next: string | null
  /** X-TAXII-Date-Added-First / -Last: the date added of the first and last object of the page. */
  dateAddedFirst: string | null
  dateAddedLast: string | null
}

export class TaxiiAnswerError extends Error {}

const ENVELOPE_SCHEMA = {
  type: 'object',
  properties: {
    more: { type: 'boolean' },
    next: { type: 'string', minLength: 1, maxLength: 4096 },
    objects: { type: 'array', items: { type: 'object', required: ['type', 'id'], properties: { type: { type: 'string' }, id: { type: 'string' } } } },
  },
} as const

const ERROR_SCHEMA = {
  type: 'object',
  required: ['title'],
  properties: { title: { type: 'string' }, description: { type: 'string' }, error_code: { type: 'string' }, http_status: { type: 'string' } },
} as const

const ajv = new Ajv({ allErrors: false })
const isEnvelope = ajv.compile<{ more?: boolean; next?: string; objects?: unknown[] }>(ENVELOPE_SCHEMA)
const isErrorResource = ajv.compile<{ title: string; description?: string }>(ERROR_SCHEMA)

export interface ObjectsQuery {
  addedAfter: string | null
  limit: number
  next: string | null
}

/** `<api root>/collections/<id>/objects/?added_after=…&limit=…&next=…` (TAXII 2.1, 5.4). */
export function objectsUrl(apiRoot: string, collectionId: string, q: ObjectsQuery): URL {
  const root = apiRoot.endsWith('/') ? apiRoot : `${apiRoot}/`
  const url = new URL(`collections/${encodeURIComponent(collectionId)}/objects/`, root)
  if (q.addedAfter !== null) url.searchParams.set('added_after', q.addedAfter)
  url.searchParams.set('limit', String(q.limit))
  if (q.next !== null) url.searchParams.set('next', q.next)
  return url
}

/** Whether a Content-Type names the TAXII 2.1 media type (parameters in any order and spacing). */
export function isTaxiiMediaType(contentType: string | null): boolean {
  if (contentType === null) return false
  const [type, ...params] = contentType.split(';').map((p) => p.trim().toLowerCase())
  return type === 'application/taxii+json' && params.some((p) => p.replace(/\s/g, '') === 'version=2.1')
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/

function dateHeader(value: string | null, name: string): string | null {
  if (value === null || value === '') return null
  if (!RFC3339.test(value) || Number.isNaN(Date.parse(value))) throw new TaxiiAnswerError(`the peer sent ${name} "${value.slice(0, 40)}", not a UTC timestamp`)
  return value
}

/** The envelope of a 200 answer with its headers; a TaxiiAnswerError naming what is wrong otherwise. */
export function readEnvelope(contentType: string | null, body: string, headers: { first: string | null; last: string | null }): EnvelopePage {
  if (!isTaxiiMediaType(contentType)) throw new TaxiiAnswerError(`the peer answered ${contentType ?? 'with no Content-Type'}, not ${TAXII_MEDIA_TYPE}`)
  let doc: unknown
  try {
    doc = JSON.parse(body)
  } catch {
    throw new TaxiiAnswerError('the peer answered with a body that is not JSON')
  }
  if (!isEnvelope(doc)) throw new TaxiiAnswerError(`the peer answered with no TAXII envelope (${ajv.errorsText(isEnvelope.errors)})`)
  const objects = doc.objects ?? []
  const more = doc.more ?? false
  return {
    objects,
    more,
    next: doc.next ?? null,
    dateAddedFirst: dateHeader(headers.first, 'X-TAXII-Date-Added-First'),
    dateAddedLast: dateHeader(headers.last, 'X-TAXII-Date-Added-Last'),
  }
}

/** The title (and description) of a TAXII error resource, for an error state; null when the body is none. */
export function errorResourceText(body: string): string | null {
  try {
    const doc: unknown = JSON.parse(body)
    if (!isErrorResource(doc)) return null
    const text = doc.description ? `${doc.title}: ${doc.description}` : doc.title
    return text.slice(0, 300)
  } catch {
    return null
  }
}
