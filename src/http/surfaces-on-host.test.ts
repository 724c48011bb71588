/**
 * The host serves each surface under its prefix with that surface's own error format, as TAXII
 * will need (its error message, not RFC 9457): errors of its routes, refusals of the shared
 * authentication and unknown routes under its prefix all come in its format, while the API
 * beside it keeps answering with problem details.
 */
import { Type } from 'typebox'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestStore, DIALECTS, type TestStore } from '../../test/store'
import { composeDeps } from '../compose'
import { loadConfig } from '../config'
import { ManualClock } from '../core/clock'
import { conflict, isAppError } from '../core/errors'
import { createLogger } from '../core/logger'
import { RecordingSink } from '../domain/events'
import { members } from '../domain/members'
import type { ErrorFormat, HubApp, Surface } from '../surfaces/surface'
import { apiSurface } from './api-surface'
import { buildApp } from './app'

const TAXII_TYPE = 'application/taxii+json;version=2.1'

/** TAXII 2.1's error message (section 3.6.1), the format a TAXII surface will answer in. */
const taxiiErrors: ErrorFormat = {
  onError(err, _req, reply) {
    const status = isAppError(err) ? err.status : (err.statusCode ?? 500)
    return reply.code(status).type(TAXII_TYPE).send({ title: status >= 500 ? 'Internal error' : err.message, http_status: String(status) })
  },
  onNotFound: (req, reply) => reply.code(404).type(TAXII_TYPE).send({ title: `No resource ${req.url}`, http_status: '404' }),
}

const taxiiLike: Surface = {
  name: 'taxii-like',
  prefix: '/taxii2',
  errors: taxiiErrors,
  async register(app: HubApp) {
    app.get('/collections/:id', async () => {
      throw conflict('illegal_transition', 'The collection is being rebuilt')
    })
    app.post('/collections', { schema: { body: Type.Object({ title: Type.String() }, { additionalProperties: false }) } }, async () => ({ ok: true }))
  },
}

describe.each(DIALECTS)('surfaces on one host, each with its error format (%s)', (dialect) => {
  let store: TestStore
  let app: HubApp
  let token: string
  beforeAll(async () => {
    store = await openTestStore(dialect)
    const deps = composeDeps(loadConfig({}), store, new RecordingSink(), new ManualClock())
    token = (await members.bootstrapHub(deps, { hubName: 'Test hub' }))!.token
    app = await buildApp({ deps, logger: createLogger('silent'), bodyLimit: 1 << 20, ready: async () => true, surfaces: [apiSurface, taxiiLike] })
  })
  afterAll(async () => {
    await app.close()
    await store.destroy()
  })

  const get = (url: string, auth = true) => app.inject({ method: 'GET', url, headers: auth ? { authorization: `Bearer ${token}` } : {} })

  it('answers an error of a surface route in that surface’s format', async () => {
    const res = await get('/taxii2/collections/c1')
    expect(res.statusCode).toBe(409)
    expect(res.headers['content-type']).toMatch(/^application\/taxii\+json/)
    expect(res.json()).toEqual({ title: 'The collection is being rebuilt', http_status: '409' })
  })

  it('answers a refusal of the shared authentication in the surface’s format', async () => {
    const res = await get('/taxii2/collections/c1', false)
    expect(res.statusCode).toBe(401)
    expect(res.headers['content-type']).toMatch(/^application\/taxii\+json/)
  })

  it('answers a body the route schema refuses in the surface’s format', async () => {
    const res = await app.inject({ method: 'POST', url: '/taxii2/collections', headers: { authorization: `Bearer ${token}` }, payload: { title: 1 } })
    expect(res.statusCode).toBe(400)
    expect(res.headers['content-type']).toMatch(/^application\/taxii\+json/)
  })

  it('answers an unknown route under the surface’s prefix in its format', async () => {
    const res = await get('/taxii2/nothing/here')
    expect(res.statusCode).toBe(404)
    expect(res.json()).toEqual({ title: 'No resource /taxii2/nothing/here', http_status: '404' })
  })

  it('keeps problem details for the API beside it and for routes outside every surface', async () => {
    const unauthorized = await get('/api/v1/me', false)
    expect(unauthorized.statusCode).toBe(401)
    expect(unauthorized.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(unauthorized.json()).toMatchObject({ status: 401, code: 'unauthorized' })
    for (const url of ['/api/v1/nothing', '/nothing']) {
      const res = await get(url)
      expect(res.statusCode).toBe(404)
      expect(res.json()).toMatchObject({ status: 404, code: 'route_not_found' })
    }
    expect((await get('/api/v1/me')).statusCode).toBe(200)
  })
})
