/**
 * Request validation: bodies are taken exactly as sent (no type coercion, no silent removal of
 * unknown fields: those are errors), while path and query strings are coerced to their types.
 */
import { Ajv, type Options } from 'ajv'
import addFormats from 'ajv-formats'
import type { FastifySchemaCompiler } from 'fastify'

const make = (opts: Options): Ajv => {
  const ajv = new Ajv({ allErrors: true, strict: false, removeAdditional: false, useDefaults: true, ...opts })
  addFormats.default(ajv)
  return ajv
}

const strictAjv = make({ coerceTypes: false })
const coercingAjv = make({ coerceTypes: 'array' })

export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) =>
  (httpPart === 'body' ? strictAjv : coercingAjv).compile(schema) as ReturnType<FastifySchemaCompiler<object>>
