import Fastify from 'fastify'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Deps } from '../domain/deps'
import type { HubApp } from '../surfaces/surface'
import { ensureConsoleBuilt } from '../../test/browser'
import { startTestHub, type TestHub } from '../../test/hub'
import { CONSOLE_ROUTES, consoleSurface } from './surface'

describe('the console surface', () => {
  let root: string
  let app: HubApp
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'console-'))
    mkdirSync(join(root, 'assets'))
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>console</title>')
    writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)')
    writeFileSync(join(tmpdir(), 'console-secret.txt'), 'the-secret-content')
    app = Fastify() as unknown as HubApp
    await app.register(async (scope) => consoleSurface(root).register(scope, { deps: {} as Deps }))
    await app.ready()
  })
  afterAll(async () => {
    await app.close()
    rmSync(root, { recursive: true, force: true })
  })

  it('serves index.html at /', async () => {
    const res = await app.inject({ url: '/' })
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('<title>console</title>')
  })

  it('answers a client route with index.html (history fallback)', async () => {
    const res = await app.inject({ url: '/incidents/123?x=1' })
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('<title>console</title>')
  })

  it('serves hashed assets as immutable', async () => {
    const res = await app.inject({ url: '/assets/index-abc.js' })
    expect(res.statusCode).toBe(200)
    expect(res.body).toBe('console.log(1)')
    expect(res.headers['cache-control']).toContain('immutable')
  })

  it('leaves unknown /api paths to the not-found handler', async () => {
    expect((await app.inject({ url: '/api/v1/nothing-here' })).statusCode).toBe(404)
    expect((await app.inject({ url: '/api' })).statusCode).toBe(404)
  })

  it('answers only its own paths: other surfaces keep theirs (the host\u2019s /metrics among them), and a path that is no page is a 404', async () => {
    expect((await app.inject({ url: '/metrics' })).statusCode).toBe(404)
    for (const url of ['/taxii2/public/', '/not-here/api/v1/me', '/incidentsx', '/assets/missing.js']) expect((await app.inject({ url })).statusCode, url).toBe(404)
  })

  it('knows every client route of the single-page app (web/src/routes.tsx)', () => {
    const routes = readFileSync(join(import.meta.dirname, '..', '..', 'web', 'src', 'routes.tsx'), 'utf8')
    const firsts = [...routes.matchAll(/path: '\/?([a-z-]+)/g)].map((m) => m[1]!)
    expect(firsts.length).toBeGreaterThan(5)
    for (const first of firsts) expect(CONSOLE_ROUTES, first).toContain(first)
  })

  it('never serves a file outside its folder', async () => {
    const res = await app.inject({ url: '/..%2fconsole-secret.txt' })
    expect(res.statusCode).toBe(404)
    expect(res.body).not.toContain('the-secret-content')
  })
})

describe('the hub serving the built console', () => {
  let t: TestHub
  beforeAll(async () => {
    await ensureConsoleBuilt()
    t = await startTestHub('sqlite')
  }, 120_000)
  afterAll(() => t.close())

  it('answers / and client routes with the app, under a CSP without inline scripts, no framing, no referrer', async () => {
    for (const url of ['/', '/incidents/abc']) {
      const res = await t.req('GET', url, { token: null })
      expect(res.statusCode, url).toBe(200)
      expect(res.body).toContain('<div id="root">')
      const csp = String(res.headers['content-security-policy'])
      expect(csp).toContain("script-src 'self'")
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
      expect(csp).toContain("frame-ancestors 'none'")
      expect(res.headers['referrer-policy']).toBe('no-referrer')
    }
    // The page loads no inline script: every <script> has a src on the hub itself.
    const html = (await t.req('GET', '/', { token: null })).body
    expect([...html.matchAll(/<script\b([^>]*)>/g)].every((m) => /\ssrc="\/assets\//.test(m[1]!))).toBe(true)
  })

  it('keeps unknown API paths as problem documents', async () => {
    const res = await t.req('GET', '/api/v1/nothing-here', { token: null })
    expect(res.statusCode).toBe(404)
    expect(res.headers['content-type']).toContain('application/problem+json')
  })
})
