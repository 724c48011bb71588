/**
 * An in-process hub for API tests, driven with Fastify's inject() (no sockets), plus factories
 * that build each test's own world through the public API. Tests call the API through the typed
 * client generated from openapi.json (t.client(token)); t.req stays for requests outside the contract.
 */
import type { LightMyRequestResponse } from 'fastify'
import { createHubClient, type HubClient, type RequestBody } from '../src/client/hub-client'
import type { Problem } from '../src/http/problem'
import { ManualClock } from '../src/core/clock'
import { createLogger } from '../src/core/logger'
import { loadConfig } from '../src/config'
import type { DialectName } from '../src/store/db'
import { createHub, type Hub, type HubOptions } from '../src/hub'
import { injectFetch } from './inject-fetch'
import { openTestStore, type TestStore } from './store'

export interface TestHub {
  hub: Hub
  store: TestStore
  clock: ManualClock
  adminToken: string
  req(method: string, url: string, opts?: { token?: string | null; body?: unknown; headers?: Record<string, string>; payload?: string }): Promise<LightMyRequestResponse>
  /** The typed API client, over inject(), acting with `token` (default: the first admin's; null: anonymous). */
  client(token?: string | null): HubClient
  close(): Promise<void>
}

export async function startTestHub(dialect: DialectName, opts: Pick<HubOptions, 'live' | 'logger'> & { env?: Record<string, string> } = {}): Promise<TestHub> {
  const store = await openTestStore(dialect)
  const clock = new ManualClock('2026-03-01T09:00:00.000Z')
  // No deadline loop: tests fire deadlines themselves with hub.jobs.runDue() after moving the clock.
  const hub = await createHub(loadConfig({ LOG_LEVEL: 'silent', ROLES: 'http', ...opts.env }), { live: opts.live, store, clock, logger: opts.logger ?? createLogger('silent') })
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
    client: (token) => createHubClient('http://hub.test', token === undefined ? adminToken : token, { fetch: injectFetch(hub.app) }),
    close: async () => {
      await hub.close()
      await store.destroy()
    },
  }
}

let seq = 0
const unique = (p: string) => `${p}-${process.pid}-${++seq}`

type NewOrg = RequestBody<'/api/v1/orgs', 'post'>
type Role = RequestBody<'/api/v1/users', 'post'>['roles'][number]

export async function makeOrg(t: TestHub, body: Omit<NewOrg, 'name'> & { name?: string }): Promise<{ id: string; name: string }> {
  const { data, error, response } = await t.client().POST('/api/v1/orgs', { body: { name: unique(body.kind), ...body } })
  if (!data) throw new Error(`makeOrg ${response.status} ${JSON.stringify(error)}`)
  return data
}

/** A user with the given roles in `orgId`, and a fresh token for it. */
export async function makeUser(t: TestHub, orgId: string, roles: Role[] = ['analyst']): Promise<{ id: string; token: string; orgId: string }> {
  const user = await t.client().POST('/api/v1/users', { body: { orgId, email: `${unique('u')}@example.org`, displayName: 'Test user', roles } })
  if (!user.data) throw new Error(`makeUser ${user.response.status} ${JSON.stringify(user.error)}`)
  const tok = await t.client().POST('/api/v1/tokens', { body: { userId: user.data.id, name: 'test' } })
  if (!tok.data) throw new Error(`makeToken ${tok.response.status} ${JSON.stringify(tok.error)}`)
  return { id: user.data.id, token: tok.data.token, orgId }
}

/** The problem document of a refused request, checked to be served as one (RFC 9457); `Extra`: members a route adds. */
export function problemOf<Extra = object>(res: { response: Response; error?: unknown }): Problem & Extra {
  const type = res.response.headers.get('content-type') ?? ''
  if (res.response.ok || !type.includes('application/problem+json')) throw new Error(`expected a problem document, got ${res.response.status} ${type}`)
  return res.error as Problem & Extra
}

/** The body as the client received it, as text: for checks that a secret appears nowhere in it. */
export const bodyText = (res: { data?: unknown; error?: unknown }): string => JSON.stringify(res.data ?? res.error ?? null)

/** A request body sent as it is, outside the typed contract: raw STIX bundles, malformed JSON, wrong content types. */
export const rawBody = (text: string, contentType = 'application/json') => ({
  body: text as never,
  bodySerializer: (b: unknown) => b,
  headers: { 'content-type': contentType },
})

/** A value the contract refuses, sent on purpose to see the hub refuse it. */
export const invalid = (value: unknown): never => value as never

const COUNTRIES = ['EE', 'LV', 'LT', 'PL', 'DE', 'FR', 'NL', 'BE', 'DK', 'NO', 'FI', 'SE', 'IT', 'ES', 'PT', 'CZ', 'SK', 'HU', 'RO', 'BG', 'GR', 'HR', 'SI', 'AL', 'ME', 'MK', 'TR', 'GB', 'US', 'CA', 'IS', 'LU']

/** A nation (next unused country code in this hub) with an admin and a point of contact. */
export async function makeNation(t: TestHub, country?: string) {
  const used = new Set((await t.client().GET('/api/v1/orgs')).data?.map((o) => o.country))
  const code = country ?? COUNTRIES.find((c) => !used.has(c))
  if (!code) throw new Error('out of test countries')
  const org = await makeOrg(t, { kind: 'nation', country: code })
  const admin = await makeUser(t, org.id, ['admin', 'poc'])
  return { org, admin, country: code }
}
