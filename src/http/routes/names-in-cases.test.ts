import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DIALECTS } from '../../../test/store'
import { makeNation, makeOrg, makeUser, startTestHub, type TestHub } from '../../../test/hub'
import { helped, operatorAsksForHelp } from '../../../test/assistance-world'
import { wiperIncident } from '../../../test/incidents'

interface NamedOffer {
  providerOrg: string
  providerOrgName: string | null
}

describe.each(DIALECTS)('names in assistance and incident answers (%s)', (dialect) => {
  let t: TestHub
  beforeAll(async () => {
    t = await startTestHub(dialect)
  })
  afterAll(() => t.close())

  it('the requester reads its requesting and providing organizations by name, the candidate list too', async () => {
    const w = await operatorAsksForHelp(t)
    const own = await t.req('GET', `/api/v1/assistance/requests/${w.requestId}`, { token: w.reporter.token })
    expect(own.statusCode, own.body).toBe(200)
    const view = own.json<{ requesterOrg: string; requesterOrgName: string | null; offers: NamedOffer[] }>()
    expect(view).toMatchObject({ requesterOrg: w.operator.id, requesterOrgName: w.operator.name })
    expect(view.offers.find((o) => o.providerOrg === w.provider.org.id)?.providerOrgName).toBe(w.provider.org.name)

    const list = await t.req('GET', '/api/v1/assistance/requests', { token: w.poc.token })
    const listed = list.json<{ id: string; requesterOrgName: string | null }[]>().find((r) => r.id === w.requestId)
    expect(listed?.requesterOrgName).toBe(w.operator.name)

    const candidates = await t.req('GET', `/api/v1/assistance/requests/${w.requestId}/candidates`, { token: w.reporter.token })
    expect(candidates.statusCode, candidates.body).toBe(200)
    const ranked = candidates.json<{ ranked: { orgId: string; orgName: string | null }[] }>().ranked
    expect(ranked.find((c) => c.orgId === w.provider.org.id)?.orgName).toBe(w.provider.org.name)
  })

  it('the provider reads its offers with its organization named, through listing, accepting and delivering', async () => {
    const w = await operatorAsksForHelp(t)
    const mine = await t.req('GET', '/api/v1/assistance/offers', { token: w.provider.admin.token })
    expect(mine.json<(NamedOffer & { id: string })[]>().find((o) => o.id === w.offerId)?.providerOrgName).toBe(w.provider.org.name)
    await helped(t, w, ['accept'])
    const one = await t.req('GET', `/api/v1/assistance/offers/${w.offerId}`, { token: w.provider.admin.token })
    expect(one.json<NamedOffer>().providerOrgName).toBe(w.provider.org.name)
    // The candidate's view of the request names only its own offers' provider, and never the requester.
    const asCandidate = await t.req('GET', `/api/v1/assistance/requests/${w.requestId}`, { token: w.provider.admin.token })
    expect(asCandidate.statusCode).toBe(200)
    expect(asCandidate.body).not.toContain(w.operator.name)
    expect(asCandidate.json<{ offers: NamedOffer[] }>().offers.map((o) => o.providerOrgName)).toEqual([w.provider.org.name])
  })

  it('an incident names its reporting organization, its nation and its timeline authors', async () => {
    const n = await makeNation(t)
    const operator = await makeOrg(t, { kind: 'partner', parentId: n.org.id })
    const reporter = await makeUser(t, operator.id, ['analyst'])
    const inc = await t.req('POST', '/api/v1/incidents', { token: reporter.token, body: wiperIncident({ tlp: 'GREEN' }) })
    expect(inc.statusCode, inc.body).toBe(201)
    expect(inc.json()).toMatchObject({ orgId: operator.id, orgName: operator.name, nationId: n.org.id, nationName: n.org.name })
    const id = inc.json<{ id: string }>().id
    const entry = await t.req('POST', `/api/v1/incidents/${id}/timeline`, { token: reporter.token, body: { text: 'Isolated the substation' } })
    expect(entry.statusCode, entry.body).toBe(201)
    const read = await t.req('GET', `/api/v1/incidents/${id}`, { token: n.admin.token })
    expect(read.json<{ timeline: unknown[] }>().timeline).toEqual([expect.objectContaining({ author: reporter.id, authorName: 'Test user', authorOrg: operator.id, authorOrgName: operator.name })])
    const list = await t.req('GET', '/api/v1/incidents?limit=1000', { token: n.admin.token })
    expect(list.json<{ id: string; orgName: string }[]>().find((i) => i.id === id)?.orgName).toBe(operator.name)
  })

  it('an incident\u2019s audience and reporting organization are taken by name; an unknown name is a 422 at the field, nothing written', async () => {
    const n = await makeNation(t)
    const ally = await makeNation(t)
    const inc = await t.req('POST', '/api/v1/incidents', { token: n.admin.token, body: wiperIncident({ tlp: 'AMBER', orgId: n.org.name, audienceOrgs: [ally.org.name] }) })
    expect(inc.statusCode, inc.body).toBe(201)
    expect(inc.json()).toMatchObject({ orgId: n.org.id, audienceOrgs: expect.arrayContaining([ally.org.id]) })
    const id = inc.json<{ id: string }>().id
    expect((await t.req('GET', `/api/v1/incidents/${id}`, { token: ally.admin.token })).statusCode).toBe(200)

    const before = (await t.req('GET', '/api/v1/incidents?limit=1000', { token: n.admin.token })).json<unknown[]>().length
    const bad = await t.req('POST', '/api/v1/incidents', { token: n.admin.token, body: wiperIncident({ tlp: 'AMBER', audienceOrgs: [ally.org.id, 'Atlantis'] }) })
    expect(bad.statusCode, bad.body).toBe(422)
    expect(bad.json<{ errors: { pointer: string }[] }>().errors[0]?.pointer).toBe('/audienceOrgs/1')
    expect((await t.req('GET', '/api/v1/incidents?limit=1000', { token: n.admin.token })).json<unknown[]>()).toHaveLength(before)

    const third = await makeNation(t)
    const widen = await t.req('POST', `/api/v1/incidents/${id}/audience`, { token: n.admin.token, body: { orgs: [third.org.name] } })
    expect(widen.statusCode, widen.body).toBe(200)
    expect(widen.json<{ audienceOrgs: string[] }>().audienceOrgs).toContain(third.org.id)
    const nowhere = await t.req('POST', `/api/v1/incidents/${id}/audience`, { token: n.admin.token, body: { orgs: ['Atlantis'] } })
    expect(nowhere.statusCode).toBe(422)
    expect(nowhere.json<{ errors: { pointer: string }[] }>().errors[0]?.pointer).toBe('/orgs/0')
  })
})
