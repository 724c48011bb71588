import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLogger } from '../core/logger'
import { loadConfig } from '../config'
import { createHub, type Hub } from '../hub'
import { openTestStore, type TestStore } from '../../test/store'

describe('the API docs page', () => {
  let store: TestStore
  let hub: Hub
  beforeAll(async () => {
    store = await openTestStore('sqlite')
    hub = await createHub(loadConfig({ LOG_LEVEL: 'silent', ROLES: 'http', HUB_NAME: 'Allied <Cyber> Hub' }), { store, logger: createLogger('silent') })
  })
  afterAll(async () => {
    await hub.close()
    await store.destroy()
  })

  it('carries the hub’s name in its title and top bar, not the framework’s logo', async () => {
    const page = await hub.app.inject({ method: 'GET', url: '/api/docs/' })
    expect(page.body).toContain('<title>Allied &lt;Cyber&gt; Hub API</title>')
    const init = await hub.app.inject({ method: 'GET', url: '/api/docs/static/swagger-initializer.js' })
    const logo = /data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)/.exec(init.body)?.[1]
    expect(logo).toBeDefined()
    const svg = Buffer.from(logo!, 'base64').toString()
    expect(svg).toContain('Allied &lt;Cyber&gt; Hub')
    expect(svg).not.toMatch(/fastify/i)
  })
})

describe('security headers (issue 13)', () => {
  let store: TestStore
  let hub: Hub
  beforeAll(async () => {
    store = await openTestStore('sqlite')
    hub = await createHub(loadConfig({ LOG_LEVEL: 'silent', ROLES: 'http' }), { store, logger: createLogger('silent') })
  })
  afterAll(async () => {
    await hub.close()
    await store.destroy()
  })

  it('an HTML page allows no inline script, no framing and sends no referrer; so does every other answer', async () => {
    for (const url of ['/api/docs/', '/api/v1/orgs', '/no/such/page']) {
      const res = await hub.app.inject({ method: 'GET', url })
      const csp = String(res.headers['content-security-policy'])
      expect(csp, url).toContain("frame-ancestors 'none'")
      expect(csp, url).toMatch(/script-src 'self'(;|$)/)
      expect(csp, url).not.toMatch(/script-src[^;]*unsafe-inline/)
      expect(res.headers['referrer-policy'], url).toBe('no-referrer')
      expect(res.headers['x-frame-options'], url).toBe('DENY')
    }
  })
})
