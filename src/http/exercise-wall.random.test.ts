/**
 * The exercise wall as a random test: a seeded random sequence of writes (incidents, capabilities,
 * assistance requests, intel sharing values from a small pool so that lookups and correlations have
 * something to cross with) by random nations in random worlds (the real one and two exercises all
 * nations take part in), then every read path from every world, as every nation: REST lists and
 * reads, the STIX and MISP exports, lookup, assistance metrics, and the live feed. No id written in
 * one world may show in another, in either direction; each world's own GREEN writes do show.
 * Set SEED to replay a run; each run logs its seed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seededRandom, type Random } from '../../sim/random'
import { setUpExercise } from '../../test/exercises'
import { makeNation, startTestHub, type TestHub } from '../../test/hub'
import { wiperIncident } from '../../test/incidents'
import { subscribeWs, type TestWs } from '../../test/live-client'

const SEED = Number(process.env.SEED ?? Date.now() % 1_000_000)
const OPS = 30
const VALUES = ['198.51.100.7', '198.51.100.8', 'bad.example.net', '203.0.113.9']
const CATEGORIES = ['malware-analysis', 'digital-forensics'] as const
const worldName = (w: string | null) => w ?? 'real'

describe(`the exercise wall over random writes in random worlds (seed ${SEED})`, () => {
  let t: TestHub
  let base: string
  let rng: Random
  let nations: Awaited<ReturnType<typeof makeNation>>[]
  const worlds: (string | null)[] = [null]
  /** Every id written, with its world. */
  const written = new Map<string, string | null>()
  const incidentsIn = new Map<string | null, string[]>()
  const feeds = new Map<string | null, TestWs>()

  const call = (token: string, w: string | null, method: string, url: string, body?: unknown, payload?: string) =>
    t.req(method, `/api/v1${url}`, {
      token, ...(payload !== undefined ? { payload } : body !== undefined ? { body } : {}),
      headers: { ...(w === null ? {} : { 'shieldwall-exercise': w }), ...(payload !== undefined ? { 'content-type': 'application/json' } : {}) },
    })

  async function ok(p: ReturnType<typeof call>, status: number): Promise<{ id: string; offers?: { id: string }[] }> {
    const r = await p
    expect(r.statusCode, `seed ${SEED}: ${r.body}`).toBe(status)
    return r.json()
  }

  async function randomWrite(): Promise<void> {
    const w = rng.pick(worlds)
    const n = rng.pick(nations)
    const token = n.admin.token
    const op = rng.pick(['incident', 'capability', 'request', 'intel'] as const)
    if (op === 'incident' || (op === 'request' && (incidentsIn.get(w) ?? []).length === 0)) {
      const { id } = await ok(call(token, w, 'POST', '/incidents', wiperIncident({ tlp: 'GREEN', title: `incident in ${worldName(w)}` })), 201)
      written.set(id, w)
      incidentsIn.set(w, [...(incidentsIn.get(w) ?? []), id])
    } else if (op === 'capability') {
      const { id } = await ok(call(token, w, 'POST', '/capabilities', {
        category: rng.pick(CATEGORIES), description: `help in ${worldName(w)}`, capacity: 5, languages: ['en'], delivery: 'remote', responseHours: 4, sectors: [],
        workingHours: { tz: 'UTC', days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '00:00' },
      }), 201)
      written.set(id, w)
    } else if (op === 'request') {
      // On an incident of this world reported by anyone: only its reporter's nation may ask, so ask as the hub's view allows.
      const incidentId = rng.pick(incidentsIn.get(w)!)
      const r = await call(token, w, 'POST', '/assistance/requests', { incidentId, category: rng.pick(CATEGORIES), urgency: 'high', needed: 1, languages: [], delivery: 'either', sanitizedSummary: `need help (${worldName(w)})` })
      if (r.statusCode === 201) written.set(r.json<{ id: string }>().id, w)
      else expect([403, 404, 422], `seed ${SEED}: ${r.body}`).toContain(r.statusCode)
    } else {
      const id = `indicator--${crypto.randomUUID()}`
      const at = '2026-03-01T08:00:00.000Z'
      const value = rng.pick(VALUES)
      const pattern = value.includes('.example') ? `[domain-name:value = '${value}']` : `[ipv4-addr:value = '${value}']`
      const bundle = { type: 'bundle', id: `bundle--${crypto.randomUUID()}`, objects: [{ type: 'indicator', spec_version: '2.1', id, created: at, modified: at, pattern, pattern_type: 'stix', valid_from: at }] }
      const r = await call(token, w, 'POST', '/intel/bundles?tlp=GREEN', undefined, JSON.stringify(bundle))
      expect(r.statusCode, `seed ${SEED}: ${r.body}`).toBeLessThan(300)
      written.set(id, w)
    }
  }

  beforeAll(async () => {
    rng = seededRandom(SEED)
    t = await startTestHub('sqlite', { live: { authTimeoutMs: 2_000 } })
    base = await t.hub.app.listen({ host: '127.0.0.1', port: 0 })
    nations = [await makeNation(t), await makeNation(t), await makeNation(t)]
    const countries = nations.map((n) => n.country)
    worlds.push(await setUpExercise(t, 'random wall A', countries), await setUpExercise(t, 'random wall B', countries))
    for (const w of worlds) feeds.set(w, await subscribeWs(base, nations[0]!.admin.token, w === null ? {} : { exerciseId: w }))
    for (let i = 0; i < OPS; i++) await randomWrite()
  }, 120_000)
  afterAll(async () => {
    for (const f of feeds.values()) f.ws.close()
    await t.close()
  })

  const foreign = (w: string | null) => [...written].filter(([, x]) => x !== w).map(([id]) => id)
  const own = (w: string | null) => [...written].filter(([, x]) => x === w).map(([id]) => id)

  it('shows no read path anything of another world, as any nation, from any world', async () => {
    const intelIds = [...written.keys()].filter((id) => id.startsWith('indicator--'))
    for (const w of worlds) {
      for (const n of nations) {
        const reads: [string, ReturnType<typeof call>][] = [
          ['incidents', call(n.admin.token, w, 'GET', '/incidents')],
          ['capabilities', call(n.admin.token, w, 'GET', '/capabilities')],
          ['requests', call(n.admin.token, w, 'GET', '/assistance/requests')],
          ['offers', call(n.admin.token, w, 'GET', '/assistance/offers')],
          ['metrics', call(n.admin.token, w, 'GET', '/metrics/assistance')],
          ['intel list', call(n.admin.token, w, 'GET', '/intel/objects?limit=1000')],
          ['STIX export', call(n.admin.token, w, 'GET', '/intel/export')],
          ['lookup', call(n.admin.token, w, 'POST', '/intel/lookup', { values: VALUES })],
          ...(intelIds.length > 0 ? [['MISP export', call(n.admin.token, w, 'GET', `/intel/misp?${intelIds.map((id) => `ids=${id}`).join('&')}`)] as [string, ReturnType<typeof call>]] : []),
        ]
        for (const [what, p] of reads) {
          const r = await p
          expect([200, 422], `seed ${SEED}: ${what}: ${r.body}`).toContain(r.statusCode)
          for (const id of foreign(w)) expect(r.body.includes(id), `seed ${SEED}: ${what} in ${worldName(w)} shows ${id} of ${worldName(written.get(id)!)}`).toBe(false)
        }
        for (const id of foreign(w)) {
          const path = id.startsWith('indicator--') ? `/intel/objects/${id}` : null
          if (path) expect((await call(n.admin.token, w, 'GET', path)).statusCode, `seed ${SEED}: ${id} read from ${worldName(w)}`).toBe(404)
        }
      }
      // Each world's own GREEN incidents and intel do show there.
      const list = (await call(nations[0]!.admin.token, w, 'GET', '/incidents')).body + (await call(nations[0]!.admin.token, w, 'GET', '/intel/objects?limit=1000')).body
      expect(own(w).length, `seed ${SEED}: writes in ${worldName(w)}`).toBeGreaterThan(0)
      const listed = own(w).filter((id) => id.startsWith('indicator--') || (incidentsIn.get(w) ?? []).includes(id))
      for (const id of listed) expect(list.includes(id), `seed ${SEED}: ${id} missing in ${worldName(w)}`).toBe(true)
    }
  }, 120_000)

  it('delivers each live subscriber frames of its own world only', async () => {
    for (const w of worlds) {
      const frames = feeds.get(w)!.events()
      expect(frames.every((e) => e.exerciseId === w), `seed ${SEED}: ${worldName(w)}`).toBe(true)
      for (const id of foreign(w)) expect(JSON.stringify(frames).includes(id), `seed ${SEED}: live ${worldName(w)} shows ${id}`).toBe(false)
    }
  })
})
