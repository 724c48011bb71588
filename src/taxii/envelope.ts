/**
 * TAXII resources as text. Objects are served as their stored JSON (with the hub's TLP ref), so an
 * envelope is written by joining strings rather than parsing and serializing each object again.
 */
import type { FastifyReply } from 'fastify'
import type { TaxiiCollection, TaxiiObject, TaxiiPage, TaxiiRecord } from '../domain/intel'
import { STIX_MEDIA_TYPE } from './media'

const head = (page: TaxiiPage<unknown>): string => `"more":${page.more}${page.next !== null ? `,"next":${JSON.stringify(page.next)}` : ''}`

/** An envelope (section 3.7); with no objects, the empty envelope. */
export function objectsEnvelope(page: TaxiiPage<TaxiiObject>): string {
  if (page.items.length === 0) return '{}'
  return `{${head(page)},"objects":[${page.items.map((o) => o.json).join(',')}]}`
}

export function manifestEnvelope(page: TaxiiPage<TaxiiRecord>): string {
  if (page.items.length === 0) return '{}'
  const records = page.items.map((r) => ({ id: r.id, date_added: r.dateAdded, version: r.version, media_type: `application/stix+json;version=${r.specVersion}` }))
  return `{${head(page)},"objects":${JSON.stringify(records)}}`
}

export function versionsEnvelope(page: TaxiiPage<TaxiiRecord>): string {
  return `{${head(page)},"versions":${JSON.stringify(page.items.map((r) => r.version))}}`
}

export const collectionResource = (c: TaxiiCollection) => ({
  id: c.id,
  title: c.title,
  description: c.description,
  can_read: c.canRead,
  can_write: c.canWrite,
  media_types: [STIX_MEDIA_TYPE],
})

/** X-TAXII-Date-Added-First and -Last: the dates added of the page's first and last objects (section 3.3.2). */
export function dateAddedHeaders(reply: FastifyReply, items: readonly TaxiiRecord[]): void {
  if (items.length === 0) return
  reply.header('x-taxii-date-added-first', items[0]!.dateAdded)
  reply.header('x-taxii-date-added-last', items[items.length - 1]!.dateAdded)
}

/**
 * Sends a TAXII resource with its media type exactly as TAXII writes it: a Buffer, because Fastify
 * would rewrite the type of a string body (adding a charset and quoting "2.1"), which strict
 * clients compare token by token.
 */
export const sendResource = (reply: FastifyReply, type: string, text: string, status = 200): FastifyReply =>
  reply.code(status).header('content-type', type).send(Buffer.from(text))
