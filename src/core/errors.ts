/**
 * Coded errors. Each carries a stable code, an HTTP status (always 4xx for bad input) and, where
 * one field is at fault, its JSON pointer. The HTTP and CLI adapters are the only mappers.
 */
export interface FieldProblem {
  pointer: string
  detail: string
}

export class AppError extends Error {
  readonly code: string
  readonly status: number
  readonly errors: FieldProblem[]
  /** Extra members merged into the problem document (e.g. the current state on a 409). */
  readonly extra: Record<string, unknown>

  constructor(
    status: number,
    code: string,
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

export const badRequest = (code: string, message: string, pointer?: string) =>
  new AppError(400, code, message, fieldList(pointer, message))

export const unprocessable = (code: string, message: string, pointer?: string) =>
  new AppError(422, code, message, fieldList(pointer, message))

export const unauthorized = (message = 'A valid API token or session is required') =>
  new AppError(401, 'unauthorized', message)

export const forbidden = (message: string, code = 'forbidden') => new AppError(403, code, message)

/** Deliberately the same answer for "does not exist" and "exists but you may not see it". */
export const notFound = (what: string) =>
  new AppError(404, 'not_found', `${what} not found or not visible to you`)

export const conflict = (code: string, message: string, pointer?: string, extra?: Record<string, unknown>) =>
  new AppError(409, code, message, fieldList(pointer, message), extra)

export const isAppError = (e: unknown): e is AppError => e instanceof AppError
