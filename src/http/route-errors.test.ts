import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeNation, makeUser, startTestHub, type TestHub } from '../../test/hub'
import { DIALECTS } from '../../test/store'
import { ERROR_CATALOGUE } from '../core/error-catalogue'
import { ROUTE_ERRORS } from './route-errors'

interface Operation {
  'x-error-codes'?: string[]
  responses: Record<string, { description: string; content?: Record<string, { schema: { properties?: { code?: { enum?: string[] } } } }> }>
}
type Doc = { openapi: string; paths: Record<string, Record<string, Operation>> }

describe.each(DIALECTS)('the error codes in the OpenAPI document (%s)', (dialect) => {
  let t: TestHub
  let doc: Doc
  beforeAll(async () => {
    t = await startTestHub(dialect)
    doc = (await t.req('GET', '/api/openapi.json')).json<Doc>()
  })
  afterAll(() => t.close())

  const operations = () => Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })))
  const codesOf = (method: string, path: string) => doc.paths[path]![method.toLowerCase()]!['x-error-codes'] ?? []

  it('lists, for every operation, the codes it can answer, each with its status and meaning', () => {
    expect(doc.openapi).toBe('3.1.0')
    for (const { key, op } of operations()) {
      const codes = op['x-error-codes']
      expect(codes, key).toBeDefined()
      expect(codes, key).toContain('internal')
      for (const code of codes!) {
        const entry = ERROR_CATALOGUE[code as keyof typeof ERROR_CATALOGUE]
        expect(entry, `${key}: ${code}`).toBeDefined()
        const response = op.responses[String(entry.status)]
        expect(response?.description, `${key}: ${code}`).toContain(`\`${code}\`: ${entry.meaning}`)
        expect(response?.content?.['application/problem+json']?.schema.properties?.code?.enum, `${key}: ${code}`).toContain(code)
      }
    }
  })

  it('has an entry for every documented route, and none for a route that does not exist', () => {
    const documented = operations().map((o) => o.key).sort()
    expect(Object.keys(ROUTE_ERRORS).sort()).toEqual(documented)
  })

  it('lists the code each of these bad requests actually got', async () => {
    const nation = await makeNation(t)
    const observer = await makeUser(t, nation.org.id, ['observer'])
    const controller = await makeUser(t, nation.org.id, ['controller'])
    const missing = '00000000-0000-4000-8000-000000000000'
    const cases: [method: string, url: string, path: string, opts: Parameters<TestHub['req']>[2]][] = [
      ['GET', '/api/v1/incidents', '/api/v1/incidents', { token: null }],
      ['GET', '/api/v1/incidents', '/api/v1/incidents', { token: controller.token }],
      ['POST', '/api/v1/incidents', '/api/v1/incidents', { token: observer.token, body: {} }],
      ['POST', '/api/v1/incidents', '/api/v1/incidents', { payload: '{', headers: { 'content-type': 'application/json' } }],
      ['GET', `/api/v1/incidents/${missing}`, '/api/v1/incidents/{id}', {}],
      ['POST', `/api/v1/incidents/${missing}/timeline`, '/api/v1/incidents/{id}/timeline', { body: { text: 'x' } }],
      ['POST', '/api/v1/orgs', '/api/v1/orgs', { body: { name: 'Atlantis', kind: 'nation' } }],
      ['POST', '/api/v1/orgs', '/api/v1/orgs', { token: nation.admin.token, body: { name: 'Atlantis', kind: 'nation', country: 'QQ' } }],
      ['DELETE', `/api/v1/tokens/${missing}`, '/api/v1/tokens/{id}', {}],
      ['GET', '/api/v1/capabilities', '/api/v1/capabilities', { token: controller.token }],
      ['GET', '/api/v1/assistance/escalations', '/api/v1/assistance/escalations', { token: nation.admin.token }],
      ['POST', '/api/v1/intel/misp', '/api/v1/intel/misp', { token: observer.token, body: { Event: { uuid: missing, info: 'x' } } }],
      ['POST', '/api/v1/intel/lookup', '/api/v1/intel/lookup', { body: { values: ['1.2.3.4'], includeInvisible: true } }],
      ['GET', '/api/v1/intel/misp', '/api/v1/intel/misp', {}],
      ['GET', '/api/v1/audit/verify', '/api/v1/audit/verify', { token: nation.admin.token }],
    ]
    for (const [method, url, path, opts] of cases) {
      const res = await t.req(method, url, opts)
      expect(res.statusCode, `${method} ${url}`).toBeGreaterThanOrEqual(400)
      expect(codesOf(method, path), `${method} ${url} answered ${res.body}`).toContain(res.json<{ code: string }>().code)
    }
  })
})
