import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { helped, operatorAsksForHelp } from '../../../test/assistance-world'
import { makeOrg, makeUser, startTestHub, type TestHub } from '../../../test/hub'
import { DIALECTS } from '../../../test/store'

interface RequestView {
  state: string
  rating: number | null
  ratingComment: string | null
  closedOutsideHub: boolean
  recipientRating: { orgId: string; ratedBy: string; rating: number; comment: string | null } | null
}

describe.each(DIALECTS)('closing and rating an assistance request (%s)', (dialect) => {
  let t: TestHub
  beforeAll(async () => {
    t = await startTestHub(dialect)
  })
  afterAll(() => t.close())

  const url = (id: string, action: string) => `/api/v1/assistance/requests/${id}/${action}`
  const offerRating = async (offerId: string) => (await t.store.db.selectFrom('assistance_offer').select('rating').where('id', '=', offerId).executeTakeFirstOrThrow()).rating

  it('the operator that got the help rates and comments after its nation\u2019s POC closed the request, and its rating is the helper\u2019s feedback', async () => {
    const w = await operatorAsksForHelp(t)
    await helped(t, w)
    const closed = await t.req('POST', url(w.requestId, 'close'), { token: w.poc.token, body: { rating: 5 } })
    expect(closed.statusCode, closed.body).toBe(200)
    expect(await offerRating(w.offerId)).toBe(5)
    const rated = await t.req('POST', url(w.requestId, 'rating'), { token: w.reporter.token, body: { rating: 3, comment: 'Right family, but the IOCs came late' } })
    expect(rated.statusCode, rated.body).toBe(200)
    const view = rated.json<RequestView>()
    expect(view).toMatchObject({ state: 'closed', rating: 5, ratingComment: null, closedOutsideHub: false })
    expect(view.recipientRating).toMatchObject({ orgId: w.operator.id, ratedBy: w.reporter.id, rating: 3, comment: 'Right family, but the IOCs came late' })
    expect(await offerRating(w.offerId)).toBe(3)
    const again = await t.req('POST', url(w.requestId, 'rating'), { token: w.reporter.token, body: { rating: 4 } })
    expect(again.json<RequestView>().recipientRating).toMatchObject({ rating: 4, comment: null })
    const read = await t.req('GET', `/api/v1/assistance/requests/${w.requestId}`, { token: w.poc.token })
    expect(read.json<RequestView>().recipientRating?.rating).toBe(4)
  })

  it('a requester closing after the recipient rated does not overwrite the recipient\u2019s feedback', async () => {
    const w = await operatorAsksForHelp(t)
    await helped(t, w)
    expect((await t.req('POST', url(w.requestId, 'rating'), { token: w.reporter.token, body: { rating: 2 } })).statusCode).toBe(200)
    expect((await t.req('POST', url(w.requestId, 'close'), { token: w.poc.token, body: { rating: 5 } })).statusCode).toBe(200)
    expect(await offerRating(w.offerId)).toBe(2)
  })

  it('only the receiving organization rates here: its nation\u2019s POC gets 403, an organization that cannot see it 404, and nothing is written', async () => {
    const w = await operatorAsksForHelp(t)
    await helped(t, w)
    const rival = await makeUser(t, (await makeOrg(t, { kind: 'partner', parentId: w.requester.org.id })).id, ['analyst'])
    expect((await t.req('POST', url(w.requestId, 'rating'), { token: w.poc.token, body: { rating: 1 } })).statusCode).toBe(403)
    expect((await t.req('POST', url(w.requestId, 'rating'), { token: rival.token, body: { rating: 1 } })).statusCode).toBe(404)
    expect((await t.req('POST', url(w.requestId, 'rating'), { token: w.provider.admin.token, body: { rating: 1 } })).statusCode).toBe(404)
    expect((await t.req('POST', url(w.requestId, 'rating'), { token: w.reporter.token, body: { rating: 6 } })).statusCode).toBe(400)
    const rows = await t.store.db.selectFrom('assistance_recipient_rating').selectAll().where('request_id', '=', w.requestId).execute()
    expect(rows).toEqual([])
  })

  it('there is nothing to rate before a helper accepted', async () => {
    const w = await operatorAsksForHelp(t)
    const res = await t.req('POST', url(w.requestId, 'rating'), { token: w.reporter.token, body: { rating: 4 } })
    expect(res.statusCode).toBe(409)
    expect(res.json()).toMatchObject({ code: 'not_rateable', currentState: 'offered' })
  })

  it('work done outside the hub: an accepted request closes without start and deliver, and the record says so', async () => {
    const w = await operatorAsksForHelp(t)
    await helped(t, w, ['accept'])
    const plain = await t.req('POST', url(w.requestId, 'close'), { token: w.poc.token, body: { rating: 4 } })
    expect(plain.statusCode).toBe(409)
    expect(plain.json()).toMatchObject({ currentState: 'accepted', action: 'close', allowedActions: ['start', 'cancel', 'close (outsideHub: true)'] })
    const res = await t.req('POST', url(w.requestId, 'close'), { token: w.poc.token, body: { rating: 4, comment: 'done on site', outsideHub: true } })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json<RequestView>()).toMatchObject({ state: 'closed', closedOutsideHub: true, rating: 4 })
    const audit = await t.store.db.selectFrom('audit_log').select('detail').where('action', '=', 'assistance.request.close').where('subject', '=', w.requestId).executeTakeFirstOrThrow()
    expect(JSON.parse(audit.detail)).toMatchObject({ outsideHub: true })
    expect((await t.req('POST', url(w.requestId, 'rating'), { token: w.reporter.token, body: { rating: 5 } })).statusCode).toBe(200)
  })

  it('a started request closes outside the hub too; a delivered one closes the ordinary way', async () => {
    const w = await operatorAsksForHelp(t)
    await helped(t, w, ['accept', 'start'])
    expect((await t.req('POST', url(w.requestId, 'close'), { token: w.poc.token, body: { rating: 3, outsideHub: true } })).json<RequestView>().state).toBe('closed')
  })

  it('a refusal names the route\u2019s action: start, not start_work', async () => {
    const w = await operatorAsksForHelp(t)
    const res = await t.req('POST', url(w.requestId, 'start'), { token: w.poc.token })
    expect(res.statusCode).toBe(409)
    const body = res.json<{ detail: string; action: string }>()
    expect(body.action).toBe('start')
    expect(body.detail).toContain('"start"')
    expect(body.detail).not.toContain('start_work')
  })
})
