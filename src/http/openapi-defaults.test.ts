import { describe, expect, it } from 'vitest'
import { parametersWithDefaultsOptional } from './openapi-defaults'

const param = (where: string, required: boolean, schema: object) => ({ in: where, name: 'x', required, schema })

describe('the published document', () => {
  it('does not ask clients to send a query parameter that has a default', () => {
    const document = {
      openapi: '3.1.0',
      paths: {
        '/things/{id}': {
          get: {
            parameters: [
              param('query', true, { type: 'integer', default: 100 }),
              param('query', true, { type: 'string' }),
              param('query', false, { type: 'string', default: 'latest' }),
              param('path', true, { type: 'string', default: 'never-omitted' }),
            ],
          },
        },
      },
    }
    // Typed loosely on purpose: only the parts the transform reads are here.
    const out = parametersWithDefaultsOptional({ openapiObject: document as never }) as unknown as typeof document
    expect(out.paths['/things/{id}'].get.parameters.map((p) => p.required)).toEqual([false, true, false, true])
  })
})
