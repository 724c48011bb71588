import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeNation, startTestHub, type TestHub } from '../../../test/hub'
import { countRows, DIALECTS } from '../../../test/store'

/** A one-attribute MISP event; `over` replaces (or, with undefined, removes) members of the Event. */
function event(over: Record<string, unknown>): Record<string, unknown> {
  const e: Record<string, unknown> = {
    uuid: '5a1e8c2b-1111-4222-8333-444455556666',
    info: 'Wiper C2',
    date: '2026-02-27',
    timestamp: '1772150400',
    Attribute: [{ uuid: '5a1e8c2b-aaaa-4bbb-8ccc-ddddeeeeffff', type: 'ip-dst', category: 'Network activity', to_ids: true, value: '203.0.113.7' }],
  }
  for (const [k, v] of Object.entries(over)) {
    if (v === undefined) delete e[k]
    else e[k] = v
  }
  return e
}

describe.each(DIALECTS)('a MISP event without a usable date (%s)', (dialect) => {
  let t: TestHub
  beforeAll(async () => {
    t = await startTestHub(dialect)
  })
  afterAll(() => t.close())

  const count = (table: 'intel_object' | 'audit_log' | 'incident_timeline') => countRows(t.store, table)

  const cases: { name: string; body: unknown; pointer: string }[] = [
    { name: 'neither date nor timestamp', body: { Event: event({ date: undefined, timestamp: undefined }) }, pointer: '/Event/date' },
    { name: 'date "yesterday"', body: { Event: event({ date: 'yesterday' }) }, pointer: '/Event/date' },
    { name: 'date "yesterday" and no timestamp', body: { Event: event({ date: 'yesterday', timestamp: undefined }) }, pointer: '/Event/date' },
    { name: 'an impossible calendar date', body: { Event: event({ date: '2026-02-30' }) }, pointer: '/Event/date' },
    { name: 'a timestamp that is no epoch', body: { Event: event({ timestamp: 'soon' }) }, pointer: '/Event/timestamp' },
    { name: 'the second event of a search answer', body: { response: [{ Event: event({}) }, { Event: event({ uuid: '5a1e8c2b-2222-4222-8333-444455556666', date: 'yesterday' }) }] }, pointer: '/response/1/Event/date' },
  ]

  for (const c of cases) {
    it(`${c.name}: 422 naming ${c.pointer}, nothing written`, async () => {
      const n = await makeNation(t)
      const before = { objects: await count('intel_object'), audit: await count('audit_log') }
      const res = await t.req('POST', '/api/v1/intel/misp', { token: n.admin.token, body: c.body })
      expect(res.statusCode, res.body).toBe(422)
      expect(res.json<{ errors: { pointer: string }[] }>().errors.map((e) => e.pointer)).toEqual([c.pointer])
      expect({ objects: await count('intel_object'), audit: await count('audit_log') }).toEqual(before)
    })
  }

  it('an event with only a date, or only a timestamp, imports', async () => {
    const n = await makeNation(t)
    for (const body of [{ Event: event({ timestamp: undefined }) }, { Event: event({ uuid: '5a1e8c2b-3333-4222-8333-444455556666', date: undefined }) }]) {
      const res = await t.req('POST', '/api/v1/intel/misp', { token: n.admin.token, body })
      expect(res.statusCode, res.body).toBe(200)
    }
  })
})
