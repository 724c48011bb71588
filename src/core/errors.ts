/**
 * Coded errors. Each carries a stable code from the catalogue (error-catalogue.ts), that code's
 * HTTP status (always 4xx for bad input) and, where one field is at fault, its JSON pointer. The
 * HTTP and CLI adapters are the only mappers.
 */
import { ERROR_CATALOGUE, isErrorCode, type CodeWithStatus, type ErrorCode } from './error-catalogue'

export interface FieldProblem {
  pointer: string
  detail: string
}

export class AppError<C extends ErrorCode = ErrorCode> extends Error {
  readonly code: C
  readonly status: number
  readonly errors: FieldProblem[]
  /** Extra members merged into the problem document (e.g. the current state on a 409). */
  readonly extra: Record<string, unknown>

  /** The status must be the catalogue's for the code: both are checked when this compiles. */
  constructor(
    status: (typeof ERROR_CATALOGUE)[C]['status'],
    code: C,
    message: string,
    errors: FieldProblem[] = [],
    extra: Record<string, unknown> = {},
  ) {
    super(message)
    this.name = 'AppError'
    this.status = status
    this.code = code
    this.errors = errors
    this.extra = extra
  }
}

const fieldList = (pointer?: string, detail?: string): FieldProblem[] =>
  pointer === undefined ? [] : [{ pointer, detail: detail ?? 'invalid value' }]

export const badRequest = (code: CodeWithStatus<400>, message: string, pointer?: string) =>
  new AppError(400, code, message, fieldList(pointer, message))

export const unprocessable = (code: CodeWithStatus<422>, message: string, pointer?: string) =>
  new AppError(422, code, message, fieldList(pointer, message))

export const unauthorized = (message = 'A valid API token or session is required') =>
  new AppError(401, 'unauthorized', message)

export const forbidden = (message: string, code: CodeWithStatus<403> = 'forbidden') => new AppError(403, code, message)

/** Deliberately the same answer for "does not exist" and "exists but you may not see it". */
export const notFound = (what: string) =>
  new AppError(404, 'not_found', `${what} not found or not visible to you`)

export const conflict = (code: CodeWithStatus<409>, message: string, pointer?: string, extra?: Record<string, unknown>) =>
  new AppError(409, code, message, fieldList(pointer, message), extra)

export const isAppError = (e: unknown): e is AppError => e instanceof AppError

/** An AppError again from its parts (e.g. sent back by a worker thread); an unknown code is a fault, not a 4xx. */
export function reviveAppError(code: string, message: string, errors: FieldProblem[] = [], extra: Record<string, unknown> = {}): Error {
  return isErrorCode(code) ? new AppError(ERROR_CATALOGUE[code].status, code, message, errors, extra) : new Error(`${code}: ${message}`)
}
