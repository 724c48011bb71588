/**
 * TAXII `next` while another client adds objects (3.4.1: the server keeps the pagination stable):
 * the keyset (date added, then row) puts everything added meanwhile after what was read, so a
 * reader that pages to the end sees every object exactly once, whether the writer's objects land
 * in the same millisecond as the page read or later.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeNation, startTestHub, type TestHub } from '../../test/hub'
import { DIALECTS } from '../../test/store'
import { collectionUrl, taxiiReq, type Envelope } from '../../test/taxii'
import { collectionIdOf } from '../domain/intel'
import { markingRefFor } from '../formats/stix'

const indicator = (n: number) => ({
  type: 'indicator', spec_version: '2.1', id: `indicator--7c9e0000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z', pattern: `[domain-name:value = 'h${n}.example.org']`,
  pattern_type: 'stix', valid_from: '2026-01-01T00:00:00Z', object_marking_refs: [markingRefFor('GREEN')],
})

describe.each(DIALECTS)('TAXII pagination while objects are added (%s)', (dialect) => {
  let t: TestHub
  beforeAll(async () => {
    t = await startTestHub(dialect)
  })
  afterAll(() => t.close())

  for (const clockMoves of [false, true]) {
    it(`skips and repeats nothing${clockMoves ? ' (writes later than the page read)' : ' (writes in the same millisecond)'}`, async () => {
      const writer = await makeNation(t)
      const reader = await makeNation(t)
      const box = collectionIdOf({ kind: 'inbox', orgId: writer.org.id })
      const all = collectionIdOf({ kind: 'all' })
      const base = clockMoves ? 1000 : 2000
      const write = async (from: number, count: number) => {
        const objects = Array.from({ length: count }, (_, i) => indicator(base + from + i))
        const res = await taxiiReq(t, 'POST', collectionUrl(box, 'objects/'), { token: writer.admin.token, body: { objects } })
        expect(res.statusCode).toBe(202)
      }
      await write(0, 10)
      const seen: string[] = []
      let next: string | undefined
      let written = 10
      for (let page = 0; page < 50; page++) {
        const query = `?match[type]=indicator&limit=3${next ? `&next=${encodeURIComponent(next)}` : ''}`
        const env = (await taxiiReq(t, 'GET', `${collectionUrl(all, 'objects/')}${query}`, { token: reader.admin.token })).json<Envelope>()
        seen.push(...(env.objects ?? []).filter((o) => o.id.startsWith('indicator--7c9e')).map((o) => o.id))
        if (!env.more) break
        next = env.next
        // Another client adds objects between every two pages, for the first few pages.
        if (page < 4) {
          if (clockMoves) t.clock.advance(1000)
          await write(written, 2)
          written += 2
        }
      }
      const expected = Array.from({ length: written }, (_, i) => indicator(base + i).id)
      expect(new Set(seen).size).toBe(seen.length)
      expect(seen.filter((id) => expected.includes(id))).toEqual(expected)
    })
  }
})
