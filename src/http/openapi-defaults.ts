/**
 * A query parameter with a default need not be sent: Fastify fills it in. Its TypeBox schema
 * lists it as required (so the handler always has a value), and @fastify/swagger copies that to
 * the document, which would make every generated client send it. This marks such parameters
 * optional in the published document only; validation is unchanged.
 */
import type { SwaggerTransformObject } from '@fastify/swagger'

interface Parameter {
  in?: string
  required?: boolean
  schema?: { default?: unknown }
}
type Paths = Record<string, Record<string, { parameters?: Parameter[] }>>

export const parametersWithDefaultsOptional: SwaggerTransformObject = (document) => {
  if (!('openapiObject' in document)) return document.swaggerObject
  for (const item of Object.values((document.openapiObject.paths ?? {}) as Paths)) {
    for (const operation of Object.values(item)) {
      for (const p of operation.parameters ?? []) {
        if (p.in !== 'path' && p.required && p.schema?.default !== undefined) p.required = false
      }
    }
  }
  return document.openapiObject
}
