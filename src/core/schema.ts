import { Type, type TUnsafe } from 'typebox'

/** A string enum as JSON Schema `enum` (reads well in OpenAPI) with its literal union as type. */
export const StringEnum = <const T extends readonly string[]>(values: T, opts: Record<string, unknown> = {}): TUnsafe<T[number]> =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...opts })

/** Input objects refuse unknown fields: a typo is an error, never silently dropped. */
export const strict = { additionalProperties: false } as const

export const Id = Type.String({ format: 'uuid' })

/** The path parameters of a route on one resource: `/…/:id`. */
export const IdParams = Type.Object({ id: Id })

export const Time = Type.String({ format: 'date-time' })
