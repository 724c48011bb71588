/**
 * The visibility rule and the exercise wall over TAXII, with random objects: random markings
 * (every TLP, audiences of organizations and users), random holders of random versions of a few
 * ids (several members holding the same version), in the real world and two exercises. For every
 * member and API root, the objects, manifest, versions and single-object endpoints answer exactly
 * what canSee() and the world allow: nothing more, no copy twice, and an invisible id answers 404
 * exactly like a missing one.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { setUpExercise } from '../../test/exercises'
import { makeOrg, makeUser, startTestHub, type TestHub } from '../../test/hub'
import { propertyRuns } from '../../test/property-runs'
import { DIALECTS } from '../../test/store'
import { collectionUrl, taxiiReq, type Envelope } from '../../test/taxii'
import { newId } from '../core/ids'
import { collectionIdOf } from '../domain/intel'
import { actorOf, addObjects, indicatorFor, testWorld, type TestWorld } from '../domain/intel/correlation/correlation.test-helper'
import { canSee, TLP_LEVELS, type Marking, type Viewer } from '../tlp'

const WORLDS = [null, 'ex-1', 'ex-2'] as const
const MODIFIED = ['2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z']

interface Member extends Viewer {
  token: string
}

const objectArb = (orgs: number, users: number) =>
  fc.record({
    id: fc.nat({ max: 2 }),
    version: fc.nat({ max: 2 }),
    holder: fc.nat({ max: users - 1 }),
    tlp: fc.constantFrom(...TLP_LEVELS),
    audienceOrgs: fc.uniqueArray(fc.nat({ max: orgs - 1 }), { maxLength: 2 }),
    audienceUsers: fc.uniqueArray(fc.nat({ max: users - 1 }), { maxLength: 2 }),
    world: fc.constantFrom(...WORLDS),
  })

interface Row {
  id: string
  modified: string
  orgId: string
  marking: Marking
  world: string | null
}

describe.each(DIALECTS)('nothing leaks over TAXII (%s)', (dialect) => {
  let t: TestHub
  let w: TestWorld
  const orgIds: string[] = []
  const members: Member[] = []
  // The two exercise worlds of WORLDS, as real exercises both nations take part in.
  const exerciseIds = new Map<string, string>()
  const exerciseOf = (world: string | null): string | null => (world === null ? null : exerciseIds.get(world)!)

  beforeAll(async () => {
    t = await startTestHub(dialect)
    w = testWorld(t.store)
    // A small tree: two nations, a CERT under the first; two members in the first nation.
    const a = await makeOrg(t, { kind: 'nation', country: 'EE' })
    const b = await makeOrg(t, { kind: 'nation', country: 'LV' })
    const cert = await makeOrg(t, { kind: 'cert', parentId: a.id })
    orgIds.push(a.id, b.id, cert.id)
    for (const org of [a.id, a.id, b.id, cert.id]) {
      const u = await makeUser(t, org, ['analyst'])
      const me = (await t.req('GET', '/api/v1/me', { token: u.token })).json<{ orgChain: string[] }>()
      members.push({ userId: u.id, orgId: org, orgChain: me.orgChain, token: u.token })
    }
    for (const world of WORLDS) if (world !== null) exerciseIds.set(world, await setUpExercise(t, `TAXII wall ${world}`, ['EE', 'LV']))
  })
  afterAll(() => t.close())

  const rootOf = (world: string | null) => (world === null ? '/taxii2/api' : `/taxii2/exercises/${exerciseOf(world)}`)

  /** Every (id, version) of the query as the caller gets it, walking every page. */
  async function listAll(m: Member, world: string | null, collection: string, endpoint: 'objects' | 'manifest', query: string): Promise<string[]> {
    const out: string[] = []
    let next: string | undefined
    for (let i = 0; i < 100; i++) {
      const url = `${collectionUrl(collection, `${endpoint}/`, rootOf(world))}?limit=2&${query}${next ? `&next=${next}` : ''}`
      const res = await taxiiReq(t, 'GET', url, { token: m.token })
      expect(res.statusCode, res.body).toBe(200)
      const env = res.json<{ more?: boolean; next?: string; objects?: { id: string; modified?: string; version?: string }[] }>()
      out.push(...(env.objects ?? []).map((o) => `${o.id}@${o.modified ?? o.version}`))
      if (!env.more) return out
      next = env.next
    }
    throw new Error('too many pages')
  }

  it('holds for random holders, markings, versions and worlds', async () => {
    let run = 0
    await fc.assert(
      fc.asyncProperty(fc.array(objectArb(3, 4), { minLength: 1, maxLength: 8 }), async (specs) => {
        run++
        const ids = [0, 1, 2].map(() => `indicator--${newId()}`)
        const rows: Row[] = []
        const held = new Set<string>()
        for (const s of specs) {
          const holder = members[s.holder]!
          const id = ids[s.id]!
          const modified = MODIFIED[s.version]!
          // One organization holds one row per id and version, whatever the world.
          if (held.has(`${id}|${modified}|${holder.orgId}`)) continue
          held.add(`${id}|${modified}|${holder.orgId}`)
          const marking: Marking = {
            tlp: s.tlp,
            audienceOrgs: s.audienceOrgs.map((i) => orgIds[i]!),
            audienceUsers: s.audienceUsers.map((i) => members[i]!.userId),
            originatorOrg: holder.orgId,
            originatorUser: holder.userId,
          }
          const obj = { ...indicatorFor(`[domain-name:value = 'r${run}.example.org']`, id), modified }
          await addObjects(w, actorOf(holder.userId, holder.orgChain), marking, [obj], { exerciseId: exerciseOf(s.world) })
          rows.push({ id, modified, orgId: holder.orgId, marking, world: s.world })
        }
        const idQuery = `match[id]=${ids.join(',')}`

        for (const m of members) {
          for (const world of WORLDS) {
            const visible = rows.filter((r) => r.world === world && canSee(m, r.marking))
            const versionsOf = (id: string, rs: Row[]) => [...new Set(rs.filter((r) => r.id === id).map((r) => r.modified))].sort()
            const expectAll = ids.flatMap((id) => versionsOf(id, visible).map((v) => `${id}@${v}`)).sort()
            const expectLast = ids.flatMap((id) => versionsOf(id, visible).slice(-1).map((v) => `${id}@${v}`)).sort()
            const all = collectionIdOf({ kind: 'all' })
            // Every version once, however many members hold it; the latest the caller may see.
            expect((await listAll(m, world, all, 'objects', `${idQuery}&match[version]=all`)).sort()).toEqual(expectAll)
            expect((await listAll(m, world, all, 'manifest', `${idQuery}&match[version]=all`)).sort()).toEqual(expectAll)
            expect((await listAll(m, world, all, 'objects', idQuery)).sort()).toEqual(expectLast)
            // The inbox: what its own organization holds, as far as the caller may see it.
            const mine = visible.filter((r) => r.orgId === m.orgId)
            const expectMine = ids.flatMap((id) => versionsOf(id, mine).map((v) => `${id}@${v}`)).sort()
            expect((await listAll(m, world, collectionIdOf({ kind: 'inbox', orgId: m.orgId }), 'objects', `${idQuery}&match[version]=all`)).sort()).toEqual(expectMine)
            for (const id of ids) {
              const one = await taxiiReq(t, 'GET', collectionUrl(all, `objects/${id}/`, rootOf(world)), { token: m.token })
              const versions = await taxiiReq(t, 'GET', collectionUrl(all, `objects/${id}/versions/`, rootOf(world)), { token: m.token })
              if (versionsOf(id, visible).length === 0) {
                // Invisible answers exactly as missing does.
                const missing = await taxiiReq(t, 'GET', collectionUrl(all, `objects/indicator--${newId()}/`, rootOf(world)), { token: m.token })
                expect(one.statusCode).toBe(404)
                expect(versions.statusCode).toBe(404)
                expect({ ...one.json<object>(), error_id: '' }).toEqual({ ...missing.json<object>(), error_id: '' })
              } else {
                expect(one.json<Envelope>().objects?.map((o) => o.modified)).toEqual(versionsOf(id, visible).slice(-1))
                expect([...versions.json<{ versions: string[] }>().versions].sort()).toEqual(versionsOf(id, visible))
              }
            }
          }
        }
      }),
      { numRuns: propertyRuns(dialect === 'sqlite' ? 60 : 20) },
    )
    // Each run asks every member on every root some 130 requests: PostgreSQL on a busy machine needs the room.
  }, 600_000)
})
