/**
 * Each TAXII 2.1 endpoint (OASIS TAXII 2.1, sections 4 and 5) as the specification describes it,
 * on both databases, through the hub's HTTP host as a TAXII client calls it.
 */
import { setUpExercise } from '../../test/exercises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeNation, makeUser, startTestHub, type TestHub } from '../../test/hub'
import { wiperIncident } from '../../test/incidents'
import { DIALECTS } from '../../test/store'
import { collectionUrl, TAXII, taxiiReq, type CollectionResource, type Envelope, type Status } from '../../test/taxii'
import { collectionIdOf, TAXII_COLLECTION_NAMESPACE } from '../domain/intel'
import { nameUuid } from '../core/ids'
import { markingRefFor } from '../formats/stix'

type Obj = Record<string, unknown> & { id: string; type: string }
const indicator = (n: number, over: Record<string, unknown> = {}): Obj => ({
  type: 'indicator', spec_version: '2.1', id: `indicator--7a9e0000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z', pattern: `[ipv4-addr:value = '198.51.100.${n % 250}']`,
  pattern_type: 'stix', valid_from: '2026-01-01T00:00:00Z', ...over,
})
const malware = (n: number): Obj => ({
  type: 'malware', spec_version: '2.1', id: `malware--7a9e0000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z', name: `wiper ${n}`, is_family: true,
})
const GREEN = markingRefFor('GREEN')

describe.each(DIALECTS)('TAXII 2.1 endpoints (%s)', (dialect) => {
  let t: TestHub
  let nation: Awaited<ReturnType<typeof makeNation>>
  let inbox: string
  const all = collectionIdOf({ kind: 'all' })

  beforeAll(async () => {
    t = await startTestHub(dialect)
    nation = await makeNation(t)
    inbox = collectionIdOf({ kind: 'inbox', orgId: nation.org.id })
  })
  afterAll(() => t.close())

  const post = async (token: string, collection: string, objects: unknown[]): Promise<Status> => {
    const res = await taxiiReq(t, 'POST', collectionUrl(collection, 'objects/'), { token, body: { objects } })
    expect(res.statusCode, res.body).toBe(202)
    return res.json<Status>()
  }
  const get = async (token: string, url: string) => {
    const res = await taxiiReq(t, 'GET', url, { token })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.headers['content-type']).toBe(TAXII)
    return res
  }
  const objectsOf = async (token: string, collection: string, query = '') => (await get(token, `${collectionUrl(collection, 'objects/')}${query}`)).json<Envelope>()

  it('discovery (4.1) names the title and the API roots, the default among them', async () => {
    const body = (await get(nation.admin.token, '/taxii2/')).json<{ title: string; default: string; api_roots: string[] }>()
    expect(body.title).toContain('TAXII')
    expect(body.api_roots).toHaveLength(1)
    expect(body.default).toBe(body.api_roots[0])
    expect(new URL(body.default).pathname).toBe('/taxii2/api/')
  })

  it('an API root (4.2) advertises TAXII 2.1 and its max_content_length', async () => {
    const body = (await get(nation.admin.token, '/taxii2/api/')).json<{ versions: string[]; max_content_length: number }>()
    expect(body.versions).toEqual([TAXII])
    expect(body.max_content_length).toBe(10_485_760)
  })

  it('collections (5.1, 5.2): everything visible (read only), the caller\u2019s inbox and its incidents, with stable UUIDv5 ids', async () => {
    const incident = await t.req('POST', '/api/v1/incidents', { token: nation.admin.token, body: wiperIncident({ tlp: 'GREEN' }) })
    const incidentId = incident.json<{ id: string }>().id
    const list = (await get(nation.admin.token, '/taxii2/api/collections/')).json<{ collections: CollectionResource[] }>().collections
    const byId = new Map(list.map((c) => [c.id, c]))
    expect(all).toBe(nameUuid(TAXII_COLLECTION_NAMESPACE, 'all'))
    expect(byId.get(all)).toMatchObject({ can_read: true, can_write: false, media_types: ['application/stix+json;version=2.1'] })
    expect(byId.get(inbox)).toMatchObject({ can_read: true, can_write: true })
    expect(byId.get(collectionIdOf({ kind: 'incident', incidentId }))).toMatchObject({ can_read: true, can_write: true })
    // One collection by id; another organization's inbox answers as a missing one.
    expect((await get(nation.admin.token, collectionUrl(inbox))).json<CollectionResource>().id).toBe(inbox)
    const other = await makeNation(t)
    const res = await taxiiReq(t, 'GET', collectionUrl(collectionIdOf({ kind: 'inbox', orgId: other.org.id })), { token: nation.admin.token })
    expect(res.statusCode).toBe(404)
    // An observer reads but may not write.
    const observer = await makeUser(t, nation.org.id, ['observer'])
    const mine = (await get(observer.token, '/taxii2/api/collections/')).json<{ collections: CollectionResource[] }>().collections.find((c) => c.id === inbox)
    expect(mine).toMatchObject({ can_read: true, can_write: false })
    expect((await taxiiReq(t, 'POST', collectionUrl(inbox, 'objects/'), { token: observer.token, body: { objects: [indicator(999)] } })).statusCode).toBe(403)
  })

  it('POST objects (5.5) answers a status resource with each object\u2019s success or failure, readable later (4.3)', async () => {
    const status = await post(nation.admin.token, inbox, [indicator(1), indicator(1), { type: 'indicator', id: 'not-an-id' }, malware(1)])
    expect(status).toMatchObject({ status: 'complete', total_count: 4, success_count: 3, failure_count: 1, pending_count: 0, pending: [] })
    expect(status.successes.map((s) => s.id)).toEqual([indicator(1).id, indicator(1).id, malware(1).id])
    expect(status.failures[0]).toMatchObject({ id: 'not-an-id' })
    expect(status.failures[0]!.message.length).toBeGreaterThan(0)
    const again = (await get(nation.admin.token, `/taxii2/api/status/${status.id}/`)).json<Status>()
    expect(again).toEqual(status)
    // Another organization never reads it.
    const other = await makeNation(t)
    expect((await taxiiReq(t, 'GET', `/taxii2/api/status/${status.id}/`, { token: other.admin.token })).statusCode).toBe(404)
    // The objects went through the import path: the API lists them.
    const api = await t.client(nation.admin.token).GET('/api/v1/intel/objects/{id}', { params: { path: { id: malware(1).id }, query: {} } })
    expect(api.data?.objects).toHaveLength(1)
  })

  it('GET objects (5.3) is an envelope of the objects with the hub\u2019s TLP ref, with the dates added in headers', async () => {
    await post(nation.admin.token, inbox, [indicator(2, { object_marking_refs: [GREEN] })])
    const res = await get(nation.admin.token, `${collectionUrl(inbox, 'objects/')}?match[id]=${indicator(2).id}`)
    const env = res.json<Envelope & { objects: Obj[] }>()
    expect(env.more).toBe(false)
    expect(env.objects).toHaveLength(1)
    expect(env.objects[0]).toMatchObject({ ...indicator(2), object_marking_refs: [GREEN] })
    expect(res.headers['x-taxii-date-added-first']).toBe('2026-03-01T09:00:00.000Z')
    expect(res.headers['x-taxii-date-added-last']).toBe('2026-03-01T09:00:00.000Z')
    // One that came with no marking ref carries the TLP the import gave it (AMBER+STRICT by default).
    await post(nation.admin.token, inbox, [indicator(3)])
    const plain = (await get(nation.admin.token, `${collectionUrl(inbox, 'objects/')}?match[id]=${indicator(3).id}`)).json<{ objects: Obj[] }>()
    expect(plain.objects).toEqual([{ ...indicator(3), object_marking_refs: [markingRefFor('AMBER+STRICT')] }])
  })

  it('an empty result is the empty envelope, with no date headers', async () => {
    const res = await get(nation.admin.token, `${collectionUrl(inbox, 'objects/')}?match[type]=grouping`)
    expect(res.json()).toEqual({})
    expect(res.headers['x-taxii-date-added-first']).toBeUndefined()
  })

  describe('filters (3.4)', () => {
    let n: Awaited<ReturnType<typeof makeNation>>
    let box: string
    beforeAll(async () => {
      n = await makeNation(t)
      box = collectionIdOf({ kind: 'inbox', orgId: n.org.id })
      t.clock.set('2026-03-02T10:00:00.000Z')
      await post(n.admin.token, box, [indicator(10), malware(10)])
      t.clock.set('2026-03-02T11:00:00.000Z')
      await post(n.admin.token, box, [indicator(10, { modified: '2026-02-01T00:00:00.000Z' }), indicator(11)])
      t.clock.set('2026-03-02T12:00:00.000Z')
      await post(n.admin.token, box, [indicator(10, { modified: '2026-01-15T00:00:00.000Z' })])
    })
    const ids = (env: Envelope) => (env.objects ?? []).map((o) => `${o.type}-${o.id.slice(-2)}@${o.modified?.slice(5, 10)}`)

    it('added_after: only objects added after the time (the time itself excluded)', async () => {
      expect(ids(await objectsOf(n.admin.token, box, '?match[version]=all&added_after=2026-03-02T11:00:00.000Z'))).toEqual(['indicator-10@01-15'])
      expect(ids(await objectsOf(n.admin.token, box, '?match[version]=all&added_after=2026-03-02T10:30:00Z'))).toEqual(['indicator-10@02-01', 'indicator-11@01-01', 'indicator-10@01-15'])
    })

    it('match[type] and match[id], several values comma-separated', async () => {
      expect(ids(await objectsOf(n.admin.token, box, '?match[type]=malware'))).toEqual(['malware-10@01-01'])
      expect(ids(await objectsOf(n.admin.token, box, '?match[type]=malware,indicator'))).toHaveLength(3)
      expect(ids(await objectsOf(n.admin.token, box, `?match[id]=${indicator(11).id},${malware(10).id}`))).toEqual(['malware-10@01-01', 'indicator-11@01-01'])
    })

    it('match[version]: last by default, first, all, a timestamp, and several at once', async () => {
      expect(ids(await objectsOf(n.admin.token, box, `?match[id]=${indicator(10).id}`))).toEqual(['indicator-10@02-01'])
      expect(ids(await objectsOf(n.admin.token, box, `?match[id]=${indicator(10).id}&match[version]=last`))).toEqual(['indicator-10@02-01'])
      expect(ids(await objectsOf(n.admin.token, box, `?match[id]=${indicator(10).id}&match[version]=first`))).toEqual(['indicator-10@01-01'])
      expect(ids(await objectsOf(n.admin.token, box, `?match[id]=${indicator(10).id}&match[version]=all`))).toEqual(['indicator-10@01-01', 'indicator-10@02-01', 'indicator-10@01-15'])
      expect(ids(await objectsOf(n.admin.token, box, `?match[id]=${indicator(10).id}&match[version]=2026-01-15T00:00:00.000Z`))).toEqual(['indicator-10@01-15'])
      expect(ids(await objectsOf(n.admin.token, box, `?match[id]=${indicator(10).id}&match[version]=first,last`))).toEqual(['indicator-10@01-01', 'indicator-10@02-01'])
    })

    it('match[spec_version]: objects of that STIX version only', async () => {
      expect(ids(await objectsOf(n.admin.token, box, '?match[spec_version]=2.1'))).toHaveLength(3)
      expect(await objectsOf(n.admin.token, box, '?match[spec_version]=2.0')).toEqual({})
    })

    it('limit and next: pages in date-added order, more and next until the last', async () => {
      const seen: string[] = []
      let next: string | undefined
      let pages = 0
      do {
        const env = await objectsOf(n.admin.token, box, `?match[version]=all&limit=2${next ? `&next=${next}` : ''}`)
        seen.push(...ids(env))
        expect(env.more).toBe(env.next !== undefined)
        next = env.next
        pages++
      } while (next)
      expect(pages).toBe(3)
      expect(seen).toEqual(['indicator-10@01-01', 'malware-10@01-01', 'indicator-10@02-01', 'indicator-11@01-01', 'indicator-10@01-15'])
    })

    it('refuses a malformed filter or cursor with a 400 error resource', async () => {
      for (const q of ['?added_after=yesterday', '?limit=0', '?limit=x', '?match[version]=newest', '?next=bm9wZQ']) {
        const res = await taxiiReq(t, 'GET', `${collectionUrl(box, 'objects/')}${q}`, { token: n.admin.token })
        expect(res.statusCode, q).toBe(400)
        expect(res.json<{ http_status: string }>().http_status).toBe('400')
      }
    })

    it('manifest (5.4): one record per object version, with date added, version and media type', async () => {
      const res = await get(n.admin.token, `${collectionUrl(box, 'manifest/')}?match[version]=all&match[id]=${indicator(10).id}`)
      expect(res.json()).toEqual({
        more: false,
        objects: [
          { id: indicator(10).id, date_added: '2026-03-02T10:00:00.000Z', version: '2026-01-01T00:00:00.000Z', media_type: 'application/stix+json;version=2.1' },
          { id: indicator(10).id, date_added: '2026-03-02T11:00:00.000Z', version: '2026-02-01T00:00:00.000Z', media_type: 'application/stix+json;version=2.1' },
          { id: indicator(10).id, date_added: '2026-03-02T12:00:00.000Z', version: '2026-01-15T00:00:00.000Z', media_type: 'application/stix+json;version=2.1' },
        ],
      })
      expect(res.headers['x-taxii-date-added-last']).toBe('2026-03-02T12:00:00.000Z')
    })

    it('GET one object (5.6): its latest version, or those match[version] names; unknown: 404', async () => {
      const url = collectionUrl(box, `objects/${indicator(10).id}/`)
      expect(ids((await get(n.admin.token, url)).json<Envelope>())).toEqual(['indicator-10@02-01'])
      expect(ids((await get(n.admin.token, `${url}?match[version]=all`)).json<Envelope>())).toHaveLength(3)
      const missing = await taxiiReq(t, 'GET', collectionUrl(box, `objects/${indicator(12).id}/`), { token: n.admin.token })
      expect(missing.statusCode).toBe(404)
      expect(missing.json()).toMatchObject({ http_status: '404', error_code: 'not_found' })
    })

    it('versions (5.8): every version of the object, in date-added order', async () => {
      const res = await get(n.admin.token, collectionUrl(box, `objects/${indicator(10).id}/versions/`))
      expect(res.json()).toEqual({ more: false, versions: ['2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z', '2026-01-15T00:00:00.000Z'] })
    })
  })

  it('DELETE an object (5.7): the holder deletes its versions; others may not, and the object then answers 404', async () => {
    const n = await makeNation(t)
    const box = collectionIdOf({ kind: 'inbox', orgId: n.org.id })
    await post(n.admin.token, box, [indicator(30, { object_marking_refs: [GREEN] }), indicator(30, { modified: '2026-02-01T00:00:00.000Z', object_marking_refs: [GREEN] })])
    const reader = await makeNation(t)
    // Another member sees it in "all", may not write there, and holds no copy.
    expect((await taxiiReq(t, 'DELETE', collectionUrl(all, `objects/${indicator(30).id}/`), { token: reader.admin.token })).statusCode).toBe(403)
    // Deleting one version keeps the other, which is the latest again.
    const one = await taxiiReq(t, 'DELETE', collectionUrl(box, `objects/${indicator(30).id}/?match[version]=2026-02-01T00:00:00.000Z`), { token: n.admin.token })
    expect(one.statusCode, one.body).toBe(200)
    expect((await objectsOf(n.admin.token, box, `?match[id]=${indicator(30).id}`)).objects?.map((o) => o.modified)).toEqual(['2026-01-01T00:00:00.000Z'])
    const api = await t.client(n.admin.token).GET('/api/v1/intel/objects/{id}', { params: { path: { id: indicator(30).id }, query: {} } })
    expect(api.data?.objects.map((o) => o.isLatest)).toEqual([true])
    expect((await taxiiReq(t, 'DELETE', collectionUrl(box, `objects/${indicator(30).id}/`), { token: n.admin.token })).statusCode).toBe(200)
    expect((await taxiiReq(t, 'GET', collectionUrl(box, `objects/${indicator(30).id}/`), { token: n.admin.token })).statusCode).toBe(404)
    expect((await taxiiReq(t, 'DELETE', collectionUrl(box, `objects/${indicator(30).id}/`), { token: n.admin.token })).statusCode).toBe(404)
  })

  it('the same id and version held by two members reaches a caller who sees both once', async () => {
    const a = await makeNation(t)
    const b = await makeNation(t)
    const shared = indicator(40, { object_marking_refs: [GREEN] })
    await post(a.admin.token, collectionIdOf({ kind: 'inbox', orgId: a.org.id }), [shared])
    await post(b.admin.token, collectionIdOf({ kind: 'inbox', orgId: b.org.id }), [shared])
    const reader = await makeNation(t)
    expect((await objectsOf(reader.admin.token, all, `?match[id]=${shared.id}&match[version]=all`)).objects).toHaveLength(1)
    expect((await get(reader.admin.token, collectionUrl(all, `objects/${shared.id}/versions/`))).json()).toEqual({ more: false, versions: [shared.modified] })
    // Each holder still reads its own copy in its inbox.
    expect((await objectsOf(b.admin.token, collectionIdOf({ kind: 'inbox', orgId: b.org.id }), `?match[id]=${shared.id}`)).objects).toHaveLength(1)
  })

  it('an incident collection holds the intel linked to the incident, written by its participants', async () => {
    const n = await makeNation(t)
    const created = await t.req('POST', '/api/v1/incidents', { token: n.admin.token, body: wiperIncident({ tlp: 'AMBER' }) })
    const incident = collectionIdOf({ kind: 'incident', incidentId: created.json<{ id: string }>().id })
    await post(n.admin.token, incident, [indicator(50, { object_marking_refs: [GREEN] })])
    await post(n.admin.token, collectionIdOf({ kind: 'inbox', orgId: n.org.id }), [indicator(51, { object_marking_refs: [GREEN] })])
    expect((await objectsOf(n.admin.token, incident)).objects?.map((o) => o.id)).toEqual([indicator(50).id])
    // A member that takes no part gets no such collection, though it sees the GREEN object in "all".
    const outsider = await makeNation(t)
    expect((await taxiiReq(t, 'GET', collectionUrl(incident, 'objects/'), { token: outsider.admin.token })).statusCode).toBe(404)
    expect((await objectsOf(outsider.admin.token, all, `?match[id]=${indicator(50).id}`)).objects).toHaveLength(1)
  })

  it('an exercise\u2019s API root reads and writes that exercise\u2019s world only', async () => {
    const n = await makeNation(t)
    const outsider = await makeNation(t)
    const drill7 = await setUpExercise(t, 'TAXII drill 7', [n.country])
    const drill8 = await setUpExercise(t, 'TAXII drill 8', [n.country])
    const box = collectionIdOf({ kind: 'inbox', orgId: n.org.id })
    const drill = indicator(60, { object_marking_refs: [GREEN] })
    const res = await taxiiReq(t, 'POST', collectionUrl(box, 'objects/', `/taxii2/exercises/${drill7}`), { token: n.admin.token, body: { objects: [drill] } })
    expect(res.statusCode).toBe(202)
    const inDrill = await get(n.admin.token, `${collectionUrl(box, 'objects/', `/taxii2/exercises/${drill7}`)}?match[id]=${drill.id}`)
    expect(inDrill.json<Envelope>().objects?.map((o) => o.id)).toEqual([drill.id])
    // Not in the real world, nor in another exercise; the status is the drill's too.
    expect(await objectsOf(n.admin.token, box, `?match[id]=${drill.id}`)).toEqual({})
    expect((await get(n.admin.token, `${collectionUrl(box, 'objects/', `/taxii2/exercises/${drill8}`)}?match[id]=${drill.id}`)).json()).toEqual({})
    expect((await taxiiReq(t, 'GET', `/taxii2/api/status/${res.json<Status>().id}/`, { token: n.admin.token })).statusCode).toBe(404)
    expect((await taxiiReq(t, 'GET', `/taxii2/exercises/${drill7}/status/${res.json<Status>().id}/`, { token: n.admin.token })).statusCode).toBe(200)
    // The API sees it in the exercise's world only.
    const api = (headers: Record<string, string>) => t.req('GET', `/api/v1/intel/objects/${drill.id}`, { token: n.admin.token, headers })
    expect((await api({ 'shieldwall-exercise': drill7 })).statusCode).toBe(200)
    expect((await api({})).statusCode).toBe(404)
    // The same version again, now in the real world: one organization holds one row per version,
    // so the whole envelope fails, each object with the reason, and nothing is written.
    const again = await post(n.admin.token, box, [drill, indicator(61)])
    expect(again).toMatchObject({ success_count: 0, failure_count: 2 })
    expect(again.failures[0]!.message).toMatch(/already holds this version/)
    expect(await objectsOf(n.admin.token, box, `?match[id]=${indicator(61).id}`)).toEqual({})
    // To a nation outside the exercise, its root does not exist.
    expect((await taxiiReq(t, 'GET', `/taxii2/exercises/${drill7}/collections/`, { token: outsider.admin.token })).statusCode).toBe(404)
    // An exercise root names a well-formed exercise id.
    expect((await taxiiReq(t, 'GET', '/taxii2/exercises/%20bad/collections/', { token: n.admin.token })).statusCode).toBe(400)
  })
})
