/**
 * The API under concurrent load: a real listening hub (createHub + app.listen, SQLite temp file)
 * with a world seeded through its own API (a nation, a CERT analyst with a token, 1,000
 * incidents, 3,000 indicators), and in the same run a bare Fastify server answering a JSON body of
 * the same size for each route: only the ratio compares on a shared machine. Load comes from a
 * worker thread (bench/load-generator.ts, autocannon) at 50 connections for API_BENCH_SECONDS
 * (default 10) per route. A request not answered within API_BENCH_TIMEOUT seconds (default 10)
 * counts as a timeout. Last, the largest list runs with GET /me beside it, to show that one
 * slow list does not starve the other routes.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import Fastify from 'fastify'
import { loadConfig } from '../src/config'
import { createHub, type Hub } from '../src/hub'
import { members } from '../src/domain/members'
import { generatedIndicator } from '../test/intel-bundles'
import { wiperIncident } from '../test/incidents'
import { runLoad, type LoadOptions, type LoadResult } from './load-generator'
import { profiled } from './cpu-profile'
import { fmt } from './stats'

const SECONDS = Number(process.env.API_BENCH_SECONDS ?? 10)
const TIMEOUT = Number(process.env.API_BENCH_TIMEOUT ?? 10)
const CONNECTIONS = 50
const INCIDENTS = 1_000
const INDICATORS = 3_000
const TARGET_RATIO = 0.25
/** Only the routes whose name contains one of these comma-separated words (all by default). */
const ONLY = (process.env.API_BENCH_ROUTES ?? '').split(',').filter(Boolean)
/** API_BENCH_PROFILE=N prints, for each route, the N functions the hub's thread spent most time in. */
const PROFILE_TOP = Number(process.env.API_BENCH_PROFILE ?? 0)

interface Route {
  name: string
  method: 'GET' | 'POST'
  path: string
  body?: string
}

const load = () => loadavg().map((l) => fmt(l, 2)).join(' ')

async function call(hub: Hub, token: string, method: 'GET' | 'POST', url: string, payload?: string) {
  const res = await hub.app.inject({ method, url, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, ...(payload ? { payload } : {}) })
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body.slice(0, 300)}`)
  return res
}

/** A nation, an analyst of its CERT with a token, its incidents and indicators; all through the API. */
async function seed(hub: Hub): Promise<string> {
  const admin = hub.firstAdminToken!
  const nation = (await call(hub, admin, 'POST', '/api/v1/orgs', JSON.stringify({ name: 'Bench nation', kind: 'nation', country: 'EE' }))).json<{ id: string }>()
  const cert = (await call(hub, admin, 'POST', '/api/v1/orgs', JSON.stringify({ name: 'Bench CERT', kind: 'cert', parentId: nation.id }))).json<{ id: string }>()
  const user = (await call(hub, admin, 'POST', '/api/v1/users', JSON.stringify({ orgId: cert.id, email: 'bench@example.org', displayName: 'Bench analyst', roles: ['analyst', 'poc'] }))).json<{ id: string }>()
  // The analyst issues its own token (nobody else may), as if signed in.
  const stored = (await members.findUserByEmailOrId(hub.deps, user.id))!
  const token = (await members.issueToken(hub.deps, await members.actorFor(hub.deps.db, stored), { name: 'bench' })).token
  for (let i = 0; i < INCIDENTS; i++) await call(hub, token, 'POST', '/api/v1/incidents', JSON.stringify(wiperIncident({ title: `Bench incident ${i}`, tlp: i % 2 ? 'AMBER' : 'GREEN' })))
  const objects = Array.from({ length: INDICATORS }, (_, i) => generatedIndicator(i))
  await call(hub, token, 'POST', '/api/v1/intel/bundles?tlp=GREEN', JSON.stringify({ type: 'bundle', id: 'bundle--7e1d0000-0000-4000-8000-000000000001', objects }))
  return token
}

/** 100 values: every third a held IPv4 address (generatedIndicator's own), the rest unknown ones. */
function lookupBody(): string {
  const values = Array.from({ length: 100 }, (_, k) => {
    const i = k * 3
    return k % 3 === 0 ? `${10 + ((i >>> 24) & 63)}.${(i >>> 16) & 255}.${(i >>> 8) & 255}.${i & 255}` : `198.51.${k}.7`
  })
  return JSON.stringify({ values })
}

/**
 * Requests the hub still works on: a client that gave up on a request (a timeout) leaves the
 * server computing its answer, which would otherwise be billed to the next measurement.
 */
function inFlight(hub: Hub): { idle: () => Promise<void> } {
  let n = 0
  hub.app.server.on('request', (_req, res) => {
    n++
    res.once('close', () => n--)
  })
  return {
    idle: async () => {
      while (n > 0) await new Promise((r) => setTimeout(r, 20))
    },
  }
}

/** A bare Fastify server answering each route with a precomputed JSON body of the hub's answer's size. */
async function startBare(bodies: Map<string, string>): Promise<{ url: string; close: () => Promise<void> }> {
  const app = Fastify({ logger: false, bodyLimit: 8 * 1024 * 1024 })
  app.all('/bare/:name', (req, reply) => {
    const body = bodies.get((req.params as { name: string }).name) ?? '{}'
    void reply.code(req.method === 'POST' ? 201 : 200).type('application/json').send(body)
  })
  await app.listen({ host: '127.0.0.1', port: 0 })
  return { url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, close: () => app.close() }
}

const unanswered = (r: LoadResult) => r.errors + r.timeouts

const row = (name: string, r: LoadResult, bare?: LoadResult) =>
  console.log(
    `${name.padEnd(34)} ${fmt(r.rps, 0).padStart(7)} req/s  p50 ${fmt(r.p50, 0).padStart(5)} ms  p99 ${fmt(r.p99, 0).padStart(5)} ms  ` +
      `errors ${r.errors} timeouts ${r.timeouts} non-2xx ${r.non2xx}` +
      (bare ? `  ×${fmt(r.rps / bare.rps, 2)} of bare (${fmt(bare.rps, 0)} req/s, p99 ${fmt(bare.p99, 0)} ms)` : ''),
  )

export default async function apiBench(): Promise<void> {
  console.log(`load average at start: ${load()}; ${CONNECTIONS} connections, ${SECONDS} s a route, timeout ${TIMEOUT} s`)
  const dataDir = mkdtempSync(join(tmpdir(), 'sw-api-bench-'))
  const hub = await createHub(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'warn', ROLES: 'http', PROCESS_NAME: 'bench' }))
  try {
    const hubUrl = await hub.app.listen({ host: '127.0.0.1', port: 0 })
    const busy = inFlight(hub)
    const t0 = performance.now()
    const token = await seed(hub)
    const routes: Route[] = [
      { name: 'GET /api/v1/me', method: 'GET', path: '/api/v1/me' },
      { name: 'GET /api/v1/incidents?limit=1000', method: 'GET', path: '/api/v1/incidents?limit=1000' },
      { name: 'POST /api/v1/intel/lookup (100)', method: 'POST', path: '/api/v1/intel/lookup', body: lookupBody() },
      { name: 'POST /api/v1/incidents', method: 'POST', path: '/api/v1/incidents', body: JSON.stringify(wiperIncident()) },
    ]
    const bodies = new Map<string, string>()
    for (const [i, r] of routes.entries()) bodies.set(String(i), (await call(hub, token, r.method, r.path, r.body)).body)
    console.log(
      `seeded through the API in ${fmt((performance.now() - t0) / 1000)} s; answer sizes: ` +
        routes.map((r, i) => `${r.name} ${fmt(bodies.get(String(i))!.length / 1024, 1)} KiB`).join(', '),
    )
    const bare = await startBare(bodies)
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
    const opts = (url: string, r: Route, connections = CONNECTIONS): LoadOptions => ({
      url,
      method: r.method,
      headers,
      ...(r.body ? { body: r.body } : {}),
      connections,
      duration: SECONDS,
      timeout: TIMEOUT,
    })
    let met = true
    try {
      for (const [i, r] of routes.entries()) {
        if (ONLY.length > 0 && !ONLY.some((w) => r.name.includes(w))) continue
        const viaBare = await runLoad(opts(`${bare.url}/bare/${i}`, r))
        const measure = async () => {
          const result = await runLoad(opts(`${hubUrl}${r.path}`, r))
          await busy.idle()
          return result
        }
        const viaHub = await (PROFILE_TOP > 0 ? profiled(PROFILE_TOP, measure) : measure())
        row(r.name, viaHub, viaBare)
        if (viaHub.rps / viaBare.rps < TARGET_RATIO || unanswered(viaHub) > 0 || viaHub.non2xx > 0) met = false
      }
      // Beside the largest list: does GET /me still get through?
      if (ONLY.length === 0 || ONLY.includes('beside')) {
        const [me, list] = [routes[0]!, routes[1]!]
        const delay = monitorEventLoopDelay({ resolution: 5 })
        delay.enable()
        const [viaList, beside] = await Promise.all([runLoad(opts(`${hubUrl}${list.path}`, list)), runLoad(opts(`${hubUrl}${me.path}`, me, 10))])
        delay.disable()
        await busy.idle()
        console.log(`  the hub's event loop meanwhile: delay p50 ${fmt(delay.percentile(50) / 1e6, 0)} ms, p99 ${fmt(delay.percentile(99) / 1e6, 0)} ms, max ${fmt(delay.max / 1e6, 0)} ms`)
        row(`${list.name} (with /me beside)`, viaList)
        row('GET /api/v1/me beside it (10 conns)', beside)
        if (unanswered(viaList) + unanswered(beside) > 0) met = false
      }
    } finally {
      await bare.close()
    }
    console.log(`target every route ≥ ${TARGET_RATIO} of bare, no request unanswered: ${met ? 'met' : 'NOT met'}`)
  } finally {
    await hub.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
  console.log(`load average at end: ${load()}`)
}
