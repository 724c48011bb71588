import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { paths } from '../../client/hub-client'
import { bodyText, makeNation, makeOrg, makeUser, problemOf, rawBody, startTestHub, type TestHub } from '../../../test/hub'
import { countRows, DIALECTS } from '../../../test/store'
import { compareTimestamps, markingRefFor, TLP_2_MARKING_DEFINITIONS } from '../../formats/stix'
import { jsonFilesUnder, NO_SHARED_DATA, SHARED_DATA } from '../../formats/observables/shared-data.test-helper'
import { wiperIncident } from '../../../test/incidents'

type Obj = Record<string, unknown> & { id: string; type: string }
const indicator = (n: number, over: Record<string, unknown> = {}): Obj => ({
  type: 'indicator', spec_version: '2.1', id: `indicator--00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z', pattern: `[ipv4-addr:value = '198.51.100.${n % 250}']`,
  pattern_type: 'stix', valid_from: '2026-01-01T00:00:00Z', ...over,
})
const bundle = (objects: unknown[]) => JSON.stringify({ type: 'bundle', id: 'bundle--11111111-2222-4333-8444-555555555555', objects })
type BundleQuery = NonNullable<paths['/api/v1/intel/bundles']['post']['parameters']['query']>
type ExportQuery = NonNullable<paths['/api/v1/intel/export']['get']['parameters']['query']>
type MispEvent = { Event: { Attribute: { value: string }[] } }

describe.each(DIALECTS)('intel over REST (%s)', (dialect) => {
  let t: TestHub
  beforeAll(async () => {
    t = await startTestHub(dialect)
  })
  afterAll(() => t.close())

  // A bundle is streamed as it comes, so its route takes a raw body rather than a typed one.
  const post = (token: string, body: string, query: BundleQuery = {}) => t.client(token).POST('/api/v1/intel/bundles', { params: { query }, ...rawBody(body) })
  const objectCount = () => countRows(t.store, 'intel_object')
  const exportAs = async (token: string, query: ExportQuery = {}) => {
    const res = await t.client(token).GET('/api/v1/intel/export', { params: { query }, parseAs: 'text' })
    expect(res.response.status).toBe(200)
    return JSON.parse(res.data!) as { type: string; objects: Obj[] }
  }
  /** Intel is linked only to an incident its uploader takes part in: one of the uploader's own. */
  const incidentOf = async (token: string) => {
    const res = await t.req('POST', '/api/v1/incidents', { token, body: wiperIncident({ tlp: 'GREEN' }) })
    expect(res.statusCode, res.body).toBe(201)
    return res.json<{ id: string }>().id
  }
  const objectAs = (token: string, id: string, version?: string) =>
    t.client(token).GET('/api/v1/intel/objects/{id}', { params: { path: { id }, query: version ? { version } : {} } })
  const seenIds = async (token: string): Promise<Set<string>> => new Set((await exportAs(token)).objects.filter((o) => o.type !== 'marking-definition').map((o) => o.id))

  it.skipIf(NO_SHARED_DATA)('STIX in, STIX out: the real example bundles come back equal apart from the hub\u2019s markings', async () => {
    const n = await makeNation(t)
    const examples = await incidentOf(n.admin.token)
    const expected = new Map<string, Obj>()
    for (const file of jsonFilesUnder(join(SHARED_DATA, 'stix2.1-examples'))) {
      const text = readFileSync(file, 'utf8')
      const doc = JSON.parse(text) as { type: string; objects?: Obj[] }
      if (doc.type !== 'bundle') continue
      const res = await post(n.admin.token, text, { incidentId: examples })
      expect(res.response.status, `${file}: ${bodyText(res)}`).toBe(200)
      for (const o of doc.objects ?? []) {
        const earlier = expected.get(o.id)
        if (!earlier || compareTimestamps(String(o.modified ?? ''), String(earlier.modified ?? '')) > 0) expected.set(o.id, o)
      }
    }
    const out = await exportAs(n.admin.token, { incident: examples })
    expect(out.type).toBe('bundle')
    const byId = new Map(out.objects.map((o) => [o.id, o]))
    const strip = ({ object_marking_refs: _m, ...rest }: Obj) => rest
    let compared = 0
    for (const [id, o] of expected) {
      if (o.type === 'marking-definition' && Object.values(TLP_2_MARKING_DEFINITIONS).some((d) => d.id === id)) continue
      const back = byId.get(id)
      if (o.type === 'marking-definition' && back === undefined) continue // TLP 1.0 definitions: the hub writes TLP 2.0 ones
      expect(back, id).toBeDefined()
      expect(strip(back!), id).toEqual(strip(o))
      compared++
    }
    expect(compared).toBeGreaterThan(250)
    // Every object carries one hub TLP ref, and each referenced TLP definition is in the bundle.
    const defs = new Set(out.objects.filter((o) => o.type === 'marking-definition').map((o) => o.id))
    for (const o of out.objects.filter((x) => !defs.has(x.id))) expect(defs.has((o.object_marking_refs as string[])[0]!), o.id).toBe(true)
  })

  it('bad bundles get a 4xx problem and nothing is written', async () => {
    const n = await makeNation(t)
    const before = await objectCount()
    const good = bundle([indicator(1), indicator(2)])
    const cases: [string, string, number, string][] = [
      ['malformed JSON midway', `${good.slice(0, good.indexOf('indicator--00000000-0000-4000-8000-000000000002') - 20)}{{{ nonsense`, 400, 'malformed_json'],
      ['truncated', good.slice(0, good.length - 10), 400, 'malformed_json'],
      ['not a bundle (a report)', JSON.stringify({ type: 'report', id: 'report--11111111-2222-4333-8444-555555555555', objects: [] }), 400, 'not_a_bundle'],
      ['not a bundle (an array)', JSON.stringify([indicator(3)]), 400, 'not_a_bundle'],
      ['objects not an array', JSON.stringify({ type: 'bundle', id: 'bundle--11111111-2222-4333-8444-555555555555', objects: {} }), 400, 'not_a_bundle'],
      ['a broken object', bundle([indicator(4), { ...indicator(5), pattern: undefined }, indicator(6, { created: 'yesterday' })]), 422, 'bundle_rejected'],
      ['empty', '', 400, 'malformed_json'],
    ]
    for (const [name, body, status, code] of cases) {
      const res = await post(n.admin.token, body)
      expect(res.response.status, `${name}: ${bodyText(res)}`).toBe(status)
      expect(res.response.headers.get('content-type'), name).toContain('application/problem+json')
      expect(problemOf(res).code, name).toBe(code)
    }
    const rejected = problemOf<{ summary: { rejected: { id: string; reason: string }[] } }>(await post(n.admin.token, cases[5]![1]))
    expect(rejected.summary.rejected.map((r) => r.id)).toEqual([indicator(5).id, indicator(6).id])
    expect(rejected.summary.rejected[0]!.reason).toContain('/pattern')
    expect(rejected.summary.rejected[1]!.reason).toContain('/created')
    expect(await objectCount()).toBe(before)

    const partial = await post(n.admin.token, cases[5]![1], { partial: true })
    expect(partial.response.status).toBe(200)
    expect(partial.data).toMatchObject({ added: 1, rejectedCount: 2, committed: true })
    expect(await objectCount()).toBe(before + 1)
  })

  it('versions: newer is the latest, the same again is a duplicate, older is history', async () => {
    const n = await makeNation(t)
    const v = (modified: string, name: string) => indicator(100, { modified, name })
    const first = await post(n.admin.token, bundle([v('2026-02-01T00:00:00.000Z', 'v1')]))
    expect(first.data).toMatchObject({ added: 1 })
    const second = await post(n.admin.token, bundle([v('2026-03-01T00:00:00.000Z', 'v2'), v('2026-02-01T00:00:00.000000Z', 'v1 again'), v('2026-01-15T00:00:00.000Z', 'v0')]))
    expect(second.data).toMatchObject({ added: 0, newVersions: 1, duplicates: 1, olderVersions: 1 })
    const get = async (version?: string) => (await objectAs(n.admin.token, indicator(100).id, version)).data!.objects
    expect((await get()).map((o) => o.object.name)).toEqual(['v2'])
    expect((await get('all')).map((o) => o.object.name).sort()).toEqual(['v0', 'v1', 'v2'])
    expect((await get('first')).map((o) => o.object.name)).toEqual(['v0'])
    expect((await get('2026-02-01T00:00:00.000Z')).map((o) => o.object.name)).toEqual(['v1'])
    // The index holds the latest version only.
    const postings = await t.store.db.selectFrom('intel_posting').select('row_id').where('stix_id', '=', indicator(100).id).execute()
    expect(postings).toHaveLength(1)
    // ...with that version's summary, which the lookup answers from (no intel_object read).
    const summary = await t.store.db
      .selectFrom('intel_posting as p')
      .innerJoin('intel_object as o', 'o.row_id', 'p.row_id')
      .select(['p.type', 'p.created', 'p.modified', 'p.created_by_ref', 'p.revoked', 'o.type as oType', 'o.created as oCreated', 'o.modified as oModified', 'o.created_by_ref as oCreatedBy', 'o.revoked as oRevoked', 'o.is_latest'])
      .where('p.stix_id', '=', indicator(100).id)
      .executeTakeFirstOrThrow()
    expect(summary).toMatchObject({ type: 'indicator', modified: '2026-03-01T00:00:00.000Z', oType: 'indicator', oModified: '2026-03-01T00:00:00.000Z', created: summary.oCreated, created_by_ref: summary.oCreatedBy })
    expect([Number(summary.revoked), Number(summary.oRevoked), Number(summary.is_latest)]).toEqual([0, 0, 1])
  })

  it('markings: unmarked is AMBER+STRICT to the uploader, RED reaches named users only, a relationship takes the strictest of what it links', async () => {
    const a = await makeNation(t)
    const aCert = await makeOrg(t, { kind: 'cert', parentId: a.org.id })
    const aColleague = await makeUser(t, a.org.id)
    const aCertUser = await makeUser(t, aCert.id)
    const b = await makeNation(t)
    const bColleague = await makeUser(t, b.org.id)

    const malware = { type: 'malware', spec_version: '2.1', id: 'malware--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z', name: 'x', is_family: true }
    expect((await post(a.admin.token, bundle([malware]))).response.status).toBe(200)
    const red = indicator(200, { object_marking_refs: [markingRefFor('RED')] })
    expect((await post(a.admin.token, bundle([red]), { audienceUsers: [b.admin.id] })).response.status).toBe(200)
    const rel = {
      type: 'relationship', spec_version: '2.1', id: 'relationship--44298a74-ba52-4f0c-87a3-1824e67d7fad', created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z', relationship_type: 'indicates', source_ref: indicator(201).id, target_ref: malware.id, object_marking_refs: [markingRefFor('GREEN')],
    }
    expect((await post(a.admin.token, bundle([indicator(201, { object_marking_refs: [markingRefFor('GREEN')] }), rel]))).response.status).toBe(200)

    const may = async (token: string, id: string) => (await objectAs(token, id)).response.status
    const tlpOf = async (id: string) => (await objectAs(a.admin.token, id)).data!.objects[0]!.tlp
    expect(await tlpOf(malware.id)).toBe('AMBER+STRICT')
    expect([await may(aColleague.token, malware.id), await may(aCertUser.token, malware.id), await may(b.admin.token, malware.id)]).toEqual([200, 404, 404])
    expect([await may(a.admin.token, red.id), await may(b.admin.token, red.id), await may(bColleague.token, red.id), await may(aColleague.token, red.id)]).toEqual([200, 200, 404, 404])
    expect(await tlpOf(rel.id)).toBe('AMBER+STRICT')
    expect([await may(b.admin.token, indicator(201).id), await may(b.admin.token, rel.id), await may(aColleague.token, rel.id)]).toEqual([200, 404, 200])
  })

  it('no route shows another organization what it may not see', async () => {
    const a = await makeNation(t)
    const aCert = await makeOrg(t, { kind: 'cert', parentId: a.org.id })
    const b = await makeNation(t)
    const viewers = [a.admin, await makeUser(t, a.org.id), await makeUser(t, aCert.id), b.admin, await makeUser(t, b.org.id)]
    const levels = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const
    const made: { id: string; allowed: Set<string> }[] = []
    // Each uploader links to an incident of its own (only participants link intel to an incident).
    const leaks = new Map([[a.admin.id, await incidentOf(a.admin.token)], [b.admin.id, await incidentOf(b.admin.token)]])
    let n = 300
    for (const uploader of [a.admin, b.admin]) {
      for (const tlp of levels) {
        for (const extra of [[], [uploader === a.admin ? b.org.id : a.org.id]]) {
          const o = indicator(n++, { object_marking_refs: [markingRefFor(tlp)] })
          const leak = leaks.get(uploader.id)!
          const q: BundleQuery = extra.length ? { incidentId: leak, audienceOrgs: [extra[0]!], audienceUsers: [viewers[4]!.id] } : { incidentId: leak }
          expect((await post(uploader.token, bundle([o]), q)).response.status).toBe(200)
          const chain = (v: { orgId: string }) => (v.orgId === aCert.id ? [aCert.id, a.org.id] : [v.orgId])
          const allowed = new Set(
            viewers
              .filter((v) => {
                if (v.id === uploader.id || tlp === 'CLEAR' || tlp === 'GREEN') return true
                const audience = [uploader.orgId, ...extra]
                if (tlp === 'AMBER') return chain(v).some((x) => audience.includes(x))
                if (tlp === 'AMBER+STRICT') return audience.includes(v.orgId)
                return extra.length > 0 && v.id === viewers[4]!.id
              })
              .map((v) => v.id),
          )
          made.push({ id: o.id, allowed })
        }
      }
    }
    for (const v of viewers) {
      const expected = made.filter((m) => m.allowed.has(v.id)).map((m) => m.id).sort()
      const listed: string[] = []
      for (const leak of leaks.values())
        listed.push(...(await t.client(v.token).GET('/api/v1/intel/objects', { params: { query: { incident: leak, version: 'all', limit: 1000 } } })).data!.objects.map((o) => o.id))
      expect(listed.sort()).toEqual(expected)
      expect([...(await seenIds(v.token))].filter((id) => made.some((m) => m.id === id)).sort()).toEqual(expected)
      for (const m of made) expect((await objectAs(v.token, m.id)).response.status).toBe(m.allowed.has(v.id) ? 200 : 404)
      const values = new Set<string>()
      for (const leak of leaks.values()) {
        const misp = (await t.client(v.token).GET('/api/v1/intel/misp', { params: { query: { incident: leak } } })).data as MispEvent
        for (const x of misp.Event.Attribute) values.add(x.value)
      }
      for (const m of made) expect(values.has(`198.51.100.${Number(m.id.slice(-12)) % 250}`)).toBe(m.allowed.has(v.id))
    }
    expect((await t.client(null).GET('/api/v1/intel/export')).response.status).toBe(401)
    expect((await post('', bundle([indicator(399)]))).response.status).toBe(401)
  })

  it.skipIf(NO_SHARED_DATA)('MISP in, STIX, MISP out: the real events through the hub', async () => {
    for (const name of ['event-circl-regin.json', 'misp_indicators_test.json', 'misp_observables_test.json']) {
      // A member of its own per event: the two test events share objects, and a member's second copy is a duplicate.
      const n = await makeNation(t)
      const doc = JSON.parse(readFileSync(join(SHARED_DATA, 'misp', name), 'utf8')) as { Event: { Attribute?: { value: string; type: string; to_ids: unknown }[] } }
      const incident = await incidentOf(n.admin.token)
      const res = await t.client(n.admin.token).POST('/api/v1/intel/misp', { params: { query: { incidentId: incident } }, body: doc })
      expect(res.response.status, bodyText(res)).toBe(200)
      expect(res.data?.added).toBeGreaterThan(0)
      const out = await t.client(n.admin.token).GET('/api/v1/intel/misp', { params: { query: { incident } } })
      expect(out.response.status).toBe(200)
      const back = new Set((out.data as MispEvent).Event.Attribute.map((a) => a.value))
      const simple = (doc.Event.Attribute ?? []).filter((a) => ['md5', 'sha1', 'sha256', 'domain', 'url', 'ip-dst', 'ip-src'].includes(a.type))
      expect(simple.length).toBeGreaterThan(0)
      for (const a of simple) expect(back.has(a.value), `${name} ${a.type} ${a.value}`).toBe(true)
      // Another member sees exactly what the event's TLP (or distribution) opens to every member.
      const listAs = async (token: string) =>
        (await t.client(token).GET('/api/v1/intel/objects', { params: { query: { incident, limit: 1000 } } })).data!.objects
      const open = (await listAs(n.admin.token)).filter((o) => o.tlp === 'CLEAR' || o.tlp === 'GREEN').map((o) => o.id)
      const other = await makeNation(t)
      expect((await listAs(other.admin.token)).map((o) => o.id)).toEqual(open)
    }
  })

  it('one intel.added event per import, under the strictest marking imported', async () => {
    const n = await makeNation(t)
    const before = await t.store.db.selectFrom('outbox_event').select('seq').where('type', '=', 'intel.added').execute()
    await post(n.admin.token, bundle([indicator(500, { object_marking_refs: [markingRefFor('GREEN')] }), indicator(501, { object_marking_refs: [markingRefFor('RED')] })]))
    const after = await t.store.db.selectFrom('outbox_event').innerJoin('marking', 'marking.id', 'outbox_event.marking_id').select(['payload', 'marking.tlp']).where('type', '=', 'intel.added').execute()
    expect(after.length).toBe(before.length + 1)
    const last = after[after.length - 1]!
    expect(last.tlp).toBe('RED')
    expect(JSON.parse(last.payload)).toMatchObject({ added: 2, ids: [indicator(500).id, indicator(501).id] })
  })
})
