/**
 * The TAXII surface's error format: TAXII 2.1 error resources (section 3.6.1: title, description,
 * error_id, error_code, http_status) served as application/taxii+json. AppErrors keep their code
 * and status; Fastify's client errors (body too large, unsupported media type, bad JSON) become
 * their 4xx; anything else an opaque 500, logged with its request id.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { isAppError } from '../core/errors'
import type { ErrorFormat } from '../surfaces/surface'
import { sendResource } from './envelope'
import { TAXII_MEDIA_TYPE } from './media'

export interface TaxiiError {
  title: string
  description: string
  error_id: string
  error_code: string
  http_status: string
  details?: Record<string, unknown>
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
}

/** Fastify's own client errors, as the codes of the catalogue. */
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_content_length',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'not_an_envelope',
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_json',
}

export function sendTaxiiError(req: FastifyRequest, reply: FastifyReply, status: number, code: string, description: string): FastifyReply {
  const body: TaxiiError = { title: TITLES[status] ?? 'Error', description, error_id: String(req.id), error_code: code, http_status: String(status) }
  if (status === 401) reply.header('www-authenticate', 'Basic realm="Shieldwall TAXII", Bearer realm="Shieldwall TAXII"')
  return sendResource(reply, TAXII_MEDIA_TYPE, JSON.stringify(body), status)
}

export const taxiiErrors: ErrorFormat = {
  onError(err: FastifyError, req, reply) {
    if (isAppError(err)) return sendTaxiiError(req, reply, err.status, err.code, err.message)
    const status = err.statusCode ?? 500
    if (status >= 400 && status < 500) {
      const code = (err.code && FASTIFY_CODES[err.code]) ?? (err.validation ? 'bad_taxii_filter' : 'bad_request')
      return sendTaxiiError(req, reply, status, code, err.message)
    }
    req.log.error({ err, requestId: req.id }, 'unhandled error')
    return sendTaxiiError(req, reply, 500, 'internal', `A fault in the hub; quote error_id ${String(req.id)} to its operators`)
  },
  onNotFound: (req, reply) => sendTaxiiError(req, reply, 404, 'route_not_found', `No TAXII endpoint ${req.method} ${req.url.split('?')[0]}`),
}
