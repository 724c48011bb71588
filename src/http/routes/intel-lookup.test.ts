import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DIALECTS } from '../../../test/store'
import { setUpExercise } from '../../../test/exercises'
import { bodyText, invalid, makeNation, problemOf, startTestHub, type TestHub } from '../../../test/hub'
import type { RequestBody } from '../../client/hub-client'
import { RecordingSink } from '../../domain/events'
import { actorOf, addObjects, indicatorFor, type TestWorld } from '../../domain/intel/correlation/correlation.test-helper'
import type { Marking } from '../../tlp'

const sco = (type: string, value: string) => ({ type, id: `${type}--${crypto.randomUUID()}`, value })

describe.each(DIALECTS)('intel lookup and sightings over REST (%s)', (dialect) => {
  let t: TestHub
  let w: TestWorld
  let a: Awaited<ReturnType<typeof makeNation>>
  let b: Awaited<ReturnType<typeof makeNation>>
  let exerciseId: string
  const objs: Record<string, { stixId: string } | undefined> = {}
  const chainOf = async (token: string) => (await t.client(token).GET('/api/v1/me')).data!.orgChain

  beforeAll(async () => {
    t = await startTestHub(dialect)
    w = { deps: t.hub.deps, sink: new RecordingSink(), clock: t.clock }
    a = await makeNation(t)
    b = await makeNation(t)
    const bActor = actorOf(b.admin.id, await chainOf(b.admin.token))
    const mk = (tlp: Marking['tlp'], audienceOrgs: string[] = [], audienceUsers: string[] = []): Marking => ({
      tlp,
      audienceOrgs,
      audienceUsers,
      originatorOrg: b.org.id,
      originatorUser: b.admin.id,
    })
    ;[objs.green] = await addObjects(w, bActor, mk('GREEN'), [indicatorFor("[domain-name:value = 'evil.example.org']")])
    ;[objs.strict] = await addObjects(w, bActor, mk('AMBER+STRICT', [b.org.id]), [sco('ipv4-addr', '185.10.10.10')])
    ;[objs.red] = await addObjects(w, bActor, mk('RED', [], [b.admin.id]), [sco('url', 'http://hidden.example.net/x')])
    exerciseId = await setUpExercise(t, 'lookup drill', [a.country, b.country])
    ;[objs.exercise] = await addObjects(w, bActor, mk('GREEN'), [sco('ipv4-addr', '185.20.20.20')], { exerciseId })
    const sighting = (count: number | undefined, first: string, last: string, where: string[]) => ({
      type: 'sighting',
      spec_version: '2.1',
      id: `sighting--${crypto.randomUUID()}`,
      created: '2026-03-01T09:00:00.000Z',
      modified: '2026-03-01T09:00:00.000Z',
      sighting_of_ref: objs.green!.stixId,
      first_seen: first,
      last_seen: last,
      ...(count === undefined ? {} : { count }),
      where_sighted_refs: where,
    })
    const idA = `identity--${crypto.randomUUID()}`
    const idB = `identity--${crypto.randomUUID()}`
    const idRed = `identity--${crypto.randomUUID()}`
    await addObjects(w, bActor, mk('GREEN'), [sighting(5, '2026-02-01T00:00:00Z', '2026-02-03T00:00:00Z', [idA]), sighting(undefined, '2026-01-15T00:00:00Z', '2026-02-02T00:00:00Z', [idA, idB])])
    await addObjects(w, bActor, mk('RED', [], [b.admin.id]), [sighting(100, '2025-01-01T00:00:00Z', '2026-12-31T00:00:00Z', [idRed])])
    objs.ids = { stixId: JSON.stringify({ idA, idB, idRed }) }
  })
  afterAll(() => t.close())

  const lookup = (token: string, body: RequestBody<'/api/v1/intel/lookup', 'post'>) => t.client(token).POST('/api/v1/intel/lookup', { body })
  const sightingsOf = (token: string, id: string) => t.client(token).GET('/api/v1/intel/objects/{id}/sightings', { params: { path: { id } } })
  const values = ['EVIL.example.org', '185.10.10.10', 'http://HIDDEN.example.net/x', '185.20.20.20', '8.8.8.8', 'not a value at all!']

  it('returns the visible matches with their visible sightings, and nothing of the others', async () => {
    const res = await lookup(a.admin.token, { values })
    expect(res.response.status).toBe(200)
    const body = res.data!
    expect(body.matches).toBe(1)
    const [green, strict, red, exercise, resolver, junk] = body.results
    expect(green!.keys).toEqual([{ key: 'domain:evil.example.org', warning: null, truncated: false }])
    expect(green!.matches).toHaveLength(1)
    const { idA, idB, idRed } = JSON.parse(objs.ids!.stixId) as Record<string, string>
    expect(green!.matches[0]).toMatchObject({
      objectId: objs.green!.stixId,
      orgId: b.org.id,
      tlp: 'GREEN',
      sightings: { count: 6, sightings: 2, firstSeen: '2026-01-15T00:00:00Z', lastSeen: '2026-02-03T00:00:00Z', where: [idA, idB] },
    })
    for (const hidden of [strict, red, exercise]) expect(hidden!.matches).toEqual([])
    expect(resolver!.keys[0]!.warning).toMatch(/public DNS/)
    expect(junk!.keys).toEqual([])
    for (const secret of [objs.strict!.stixId, objs.red!.stixId, objs.exercise!.stixId, idRed, 'ipv4-addr', 'url--']) expect(bodyText(res)).not.toContain(secret)
  })

  it('keeps exercise lookups apart from real traffic', async () => {
    const res = await lookup(a.admin.token, { values, exerciseId })
    const body = res.data!
    expect(body.results.flatMap((r) => r.matches.map((m) => m.objectId))).toEqual([objs.exercise!.stixId])
    // A member that takes no part finds no such exercise, by body as by header.
    const outsider = await makeNation(t)
    expect((await lookup(outsider.admin.token, { values, exerciseId })).response.status).toBe(404)
  })

  it('shows the holder everything it may see, and audits its reads of AMBER+STRICT and RED', async () => {
    const res = await lookup(b.admin.token, { values })
    const ids = res.data!.results.flatMap((r) => r.matches.map((m) => m.objectId))
    expect(ids.sort()).toEqual([objs.green!.stixId, objs.strict!.stixId, objs.red!.stixId].sort())
    type Entry = { action: string; actor: string; detail: { objects?: string[] } }
    const auditAs = async (token?: string) => (await t.client(token).GET('/api/v1/audit', { params: { query: { subject: 'intel' } } })).data! as Entry[]
    // Read by the holder's own admin: the hub's may not see the ids of B's AMBER+STRICT and RED objects (they are withheld from it).
    const entry = (await auditAs(b.admin.token)).find((e) => e.action === 'intel.lookup' && e.actor === b.admin.id)
    expect(entry?.detail.objects?.sort()).toEqual([objs.strict!.stixId, objs.red!.stixId].sort())
    expect((await auditAs()).find((e) => e.action === 'intel.lookup' && e.actor === b.admin.id)?.detail.objects).toEqual(['(withheld)', '(withheld)'])
    expect((await auditAs()).some((e) => e.action === 'intel.lookup' && e.actor === a.admin.id)).toBe(false)
    const sightings = (await sightingsOf(b.admin.token, objs.green!.stixId)).data!
    expect(sightings.count).toBe(106)
  })

  it('answers the sightings of an object only to those who may see it', async () => {
    const ok = await sightingsOf(a.admin.token, objs.green!.stixId)
    expect(ok.response.status).toBe(200)
    expect(ok.data).toMatchObject({ objectId: objs.green!.stixId, count: 6, sightings: 2 })
    const hidden = await sightingsOf(a.admin.token, objs.red!.stixId)
    const absent = await sightingsOf(a.admin.token, `indicator--${crypto.randomUUID()}`)
    expect(hidden.response.status).toBe(404)
    expect(absent.response.status).toBe(404)
    expect(problemOf(hidden).detail).toBe(problemOf(absent).detail)
    expect((await sightingsOf(a.admin.token, 'not-an-id')).response.status).toBe(400)
  })

  it.each<[string, RequestBody<'/api/v1/intel/lookup', 'post'>, number, string]>([
    ['invisible matches asked for', { values: ['x.example'], includeInvisible: true }, 422, '/includeInvisible'],
    ['too many values', { values: Array.from({ length: 10_001 }, (_, i) => `h${i}.example`) }, 400, '/values'],
    ['no values', { values: [] }, 400, '/values'],
    ['an unknown field', invalid({ values: ['x.example'], all: true }), 400, ''],
    ['a value that is not a string', { values: [invalid(42)] }, 400, '/values/0'],
  ])('refuses %s with a clear problem', async (_name, body, status, pointer) => {
    const res = await lookup(a.admin.token, body)
    expect(res.response.status).toBe(status)
    if (pointer) expect(problemOf(res).errors?.map((e) => e.pointer)).toContain(pointer)
  })

  it('requires a token', async () => {
    expect((await lookup('', { values: ['x.example'] })).response.status).toBe(401)
  })
})
