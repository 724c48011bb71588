import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DIALECTS } from '../../../test/store'
import { makeNation, startTestHub, type TestHub } from '../../../test/hub'
import { RecordingSink } from '../../domain/events'
import { actorOf, addObjects, indicatorFor } from '../../domain/intel/correlation/correlation.test-helper'

describe.each(DIALECTS)('intel lookup of defanged values (%s)', (dialect) => {
  let t: TestHub
  let a: Awaited<ReturnType<typeof makeNation>>
  let stixId = ''

  beforeAll(async () => {
    t = await startTestHub(dialect)
    a = await makeNation(t)
    const b = await makeNation(t)
    const chain = (await t.req('GET', '/api/v1/me', { token: b.admin.token })).json<{ orgChain: string[] }>().orgChain
    const marking = { tlp: 'GREEN' as const, audienceOrgs: [], audienceUsers: [], originatorOrg: b.org.id, originatorUser: b.admin.id }
    const [obj] = await addObjects({ deps: t.hub.deps, sink: new RecordingSink(), clock: t.clock }, actorOf(b.admin.id, chain), marking, [
      indicatorFor("[url:value = 'http://evil.example.org/payload'] OR [ipv4-addr:value = '185.30.30.30']"),
    ])
    stixId = obj!.stixId
  })
  afterAll(() => t.close())

  interface Item { value: string; refangedTo: string | null; understood: boolean; matches: { objectId: string }[] }

  it('refangs what analysts paste, finds it, and says it refanged', async () => {
    const res = await t.req('POST', '/api/v1/intel/lookup', { token: a.admin.token, body: { values: ['hxxp://evil[.]example[.]org/payload', '185.30.30[.]30', '185.30.30.30'] } })
    expect(res.statusCode).toBe(200)
    const [url, ipDefanged, ipLive] = res.json<{ results: Item[] }>().results
    expect(url).toMatchObject({ refangedTo: 'http://evil.example.org/payload', understood: true })
    expect(url!.matches.map((m) => m.objectId)).toEqual([stixId])
    expect(ipDefanged).toMatchObject({ refangedTo: '185.30.30.30', understood: true })
    expect(ipDefanged!.matches.map((m) => m.objectId)).toEqual([stixId])
    expect(ipLive).toMatchObject({ refangedTo: null, understood: true })
  })

  it('reports a value that yields no key as not understood instead of dropping it silently', async () => {
    const res = await t.req('POST', '/api/v1/intel/lookup', { token: a.admin.token, body: { values: ['not a value at all!', 'evil.example.org'] } })
    const body = res.json<{ results: Item[]; notUnderstood: number }>()
    expect(body.notUnderstood).toBe(1)
    expect(body.results.map((r) => r.understood)).toEqual([false, true])
  })
})
