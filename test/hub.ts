/**
 * An in-process hub for API tests, driven with Fastify's inject() (no sockets), plus factories
 * that build each test's own world through the public API.
 */
import type { LightMyRequestResponse } from 'fastify'
import { ManualClock } from '../src/core/clock'
import { createLogger } from '../src/core/logger'
import { loadConfig } from '../src/config'
import type { DialectName } from '../src/store/db'
import { createHub, type Hub, type HubOptions } from '../src/hub'
import { openTestStore, type TestStore } from './store'

export interface TestHub {
  hub: Hub
  store: TestStore
  clock: ManualClock
  adminToken: string
  req(method: string, url: string, opts?: { token?: string | null; body?: unknown; headers?: Record<string, string>; payload?: string }): Promise<LightMyRequestResponse>
  close(): Promise<void>
}

export async function startTestHub(dialect: DialectName, opts: Pick<HubOptions, 'live' | 'logger'> = {}): Promise<TestHub> {
  const store = await openTestStore(dialect)
  const clock = new ManualClock('2026-03-01T09:00:00.000Z')
  // No deadline loop: tests fire deadlines themselves with hub.jobs.runDue() after moving the clock.
  const hub = await createHub(loadConfig({ LOG_LEVEL: 'silent', ROLES: 'http' }), { ...opts, store, clock, logger: opts.logger ?? createLogger('silent') })
  if (!hub.firstAdminToken) throw new Error('a fresh hub must print its first admin token')
  const adminToken = hub.firstAdminToken
  return {
    hub,
    store,
    clock,
    adminToken,
    req: (method, url, opts = {}) => {
      const token = opts.token === undefined ? adminToken : opts.token
      return hub.app.inject({
        method: method as 'GET',
        url,
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(opts.headers ?? {}) },
        ...(opts.payload !== undefined ? { payload: opts.payload } : opts.body !== undefined ? { payload: opts.body as object } : {}),
      })
    },
    close: async () => {
      await hub.close()
      await store.destroy()
    },
  }
}

let seq = 0
const unique = (p: string) => `${p}-${process.pid}-${++seq}`

export async function makeOrg(t: TestHub, body: Record<string, unknown>): Promise<{ id: string; name: string }> {
  const res = await t.req('POST', '/api/v1/orgs', { body: { name: unique(String(body.kind)), ...body } })
  if (res.statusCode !== 201) throw new Error(`makeOrg ${res.statusCode} ${res.body}`)
  return res.json()
}

/** A user with the given roles in `orgId`, and a fresh token for it. */
export async function makeUser(t: TestHub, orgId: string, roles: string[] = ['analyst']): Promise<{ id: string; token: string; orgId: string }> {
  const res = await t.req('POST', '/api/v1/users', { body: { orgId, email: `${unique('u')}@example.org`, displayName: 'Test user', roles } })
  if (res.statusCode !== 201) throw new Error(`makeUser ${res.statusCode} ${res.body}`)
  const user = res.json<{ id: string }>()
  const tok = await t.req('POST', '/api/v1/tokens', { body: { userId: user.id, name: 'test' } })
  if (tok.statusCode !== 201) throw new Error(`makeToken ${tok.statusCode} ${tok.body}`)
  return { id: user.id, token: tok.json<{ token: string }>().token, orgId }
}

const COUNTRIES = ['EE', 'LV', 'LT', 'PL', 'DE', 'FR', 'NL', 'BE', 'DK', 'NO', 'FI', 'SE', 'IT', 'ES', 'PT', 'CZ', 'SK', 'HU', 'RO', 'BG', 'GR', 'HR', 'SI', 'AL', 'ME', 'MK', 'TR', 'GB', 'US', 'CA', 'IS', 'LU']

/** A nation (next unused country code in this hub) with an admin and a point of contact. */
export async function makeNation(t: TestHub, country?: string) {
  const used = new Set((await t.req('GET', '/api/v1/orgs')).json<{ country: string | null }[]>().map((o) => o.country))
  const code = country ?? COUNTRIES.find((c) => !used.has(c))
  if (!code) throw new Error('out of test countries')
  const org = await makeOrg(t, { kind: 'nation', country: code })
  const admin = await makeUser(t, org.id, ['admin', 'poc'])
  return { org, admin, country: code }
}
