/**
 * The one mapper from errors to RFC 9457 problem details. AppErrors keep their code, status and
 * field pointers; Fastify's own client errors become coded 4xx; anything else is an opaque 500,
 * logged with its request id.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { isAppError, type FieldProblem } from '../core/errors'
import type { ErrorCode } from '../core/error-catalogue'

export interface Problem {
  type: string
  title: string
  status: number
  detail: string
  code: string
  instance: string
  requestId: string
  errors?: FieldProblem[]
  [extra: string]: unknown
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
}

export const problemType = (code: string): string => `https://shieldwall.dev/problems/${code.replace(/_/g, '-')}`

export function buildProblem(req: FastifyRequest, status: number, code: ErrorCode, detail: string, errors?: FieldProblem[], extra: Record<string, unknown> = {}): Problem {
  return {
    ...extra,
    type: problemType(code),
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    instance: req.url,
    requestId: String(req.id),
    ...(errors && errors.length > 0 ? { errors } : {}),
  }
}

export function sendProblem(reply: FastifyReply, p: Problem): FastifyReply {
  return reply.code(p.status).type('application/problem+json').send(p)
}

interface AjvLikeError {
  instancePath: string
  keyword: string
  message?: string
  params: Record<string, unknown>
}

/** Ajv errors to field problems whose pointer names the bad field itself. */
export function validationProblems(errors: readonly AjvLikeError[]): FieldProblem[] {
  return errors.map((e) => {
    const child = (e.params.missingProperty ?? e.params.additionalProperty) as string | undefined
    const pointer = child === undefined ? e.instancePath || '/' : `${e.instancePath}/${child.replace(/~/g, '~0').replace(/\//g, '~1')}`
    const allowed = e.keyword === 'enum' && Array.isArray(e.params.allowedValues) ? (e.params.allowedValues as unknown[]) : null
    const detail =
      e.keyword === 'additionalProperties'
        ? `unknown field "${child}"`
        : e.keyword === 'required'
          ? `"${child}" is required`
          : allowed
            ? `must be one of: ${allowed.map(String).join(', ')}`
            : (e.message ?? 'invalid value')
    return { pointer, detail }
  })
}

const FASTIFY_CLIENT_ERRORS: Record<string, { status: number; code: ErrorCode; detail: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'malformed_json', detail: 'The body is not valid JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'malformed_json', detail: 'The body is empty but declared as JSON' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'body_too_large', detail: 'The body is larger than this hub accepts' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type', detail: 'Send the body as application/json' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'bad_content_length', detail: 'Content-Length does not match the body' },
}

export function errorToProblem(err: FastifyError | Error, req: FastifyRequest): Problem {
  if (isAppError(err)) return buildProblem(req, err.status, err.code, err.message, err.errors, err.extra)
  const fe = err as FastifyError & { validation?: AjvLikeError[]; validationContext?: string }
  if (fe.validation) {
    const errors = validationProblems(fe.validation)
    const where = fe.validationContext && fe.validationContext !== 'body' ? ` in the ${fe.validationContext}` : ''
    return buildProblem(req, 400, 'invalid_request', `The request${where} is invalid: ${errors.map((e) => `${e.pointer} ${e.detail}`).join('; ')}`, errors)
  }
  const known = fe.code ? FASTIFY_CLIENT_ERRORS[fe.code] : undefined
  if (known) return buildProblem(req, known.status, known.code, known.detail)
  if (err instanceof SyntaxError && (fe.statusCode ?? 0) === 400) return buildProblem(req, 400, 'malformed_json', 'The body is not valid JSON')
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return buildProblem(req, fe.statusCode, 'bad_request', fe.message)
  }
  return buildProblem(req, 500, 'internal', `Something went wrong on the hub; quote request id ${String(req.id)} to its operators`)
}
