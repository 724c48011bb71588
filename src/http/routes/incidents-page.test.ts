import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { INCIDENT_PAGE_MAX } from '../../domain/incident'
import { makeNation, makeOrg, makeUser, startTestHub, type TestHub } from '../../../test/hub'
import { wiperIncident } from '../../../test/incidents'
import { DIALECTS } from '../../../test/store'

const TOTAL = INCIDENT_PAGE_MAX + 7

describe.each(DIALECTS)('incident lists one bounded page at a time (%s)', (dialect) => {
  let t: TestHub
  let reporter: { token: string }
  let outsider: { token: string }
  /** Every incident reported, newest first as the list gives them (created_at desc, then id). */
  let expected: string[]
  /** The GREEN ones: all that a member of another nation may see. */
  const green = new Set<string>()

  beforeAll(async () => {
    t = await startTestHub(dialect)
    const ee = await makeNation(t)
    const cert = await makeOrg(t, { kind: 'cert', parentId: ee.org.id })
    reporter = await makeUser(t, cert.id, ['analyst'])
    outsider = (await makeNation(t)).admin
    const made: { id: string; createdAt: string }[] = []
    for (let i = 0; i < TOTAL; i++) {
      // Runs of the same instant: the cursor must order ties by id, not lose or repeat them.
      if (i % 9 === 0) t.clock.advance(1000)
      const res = await t.req('POST', '/api/v1/incidents', { token: reporter.token, body: wiperIncident({ title: `page ${i}`, tlp: i % 3 === 0 ? 'GREEN' : 'AMBER' }) })
      if (res.statusCode !== 201) throw new Error(`${res.statusCode} ${res.body}`)
      made.push(res.json<{ id: string; createdAt: string }>())
      if (i % 3 === 0) green.add(made.at(-1)!.id)
    }
    expected = made.sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : a.createdAt < b.createdAt ? 1 : -1)).map((r) => r.id)
  }, 120_000)
  afterAll(() => t.close())

  const nextOf = (link: string | string[] | number | undefined): string | null => {
    if (link === undefined) return null
    const m = /^<([^>]+)>; rel="next"$/.exec(String(link))
    if (!m) throw new Error(`unexpected Link header ${String(link)}`)
    return m[1]!
  }

  /** Follows rel="next" from `url` to the end; every page's ids in order. */
  async function walk(url: string, token: string): Promise<string[][]> {
    const pages: string[][] = []
    for (let next: string | null = url; next !== null; ) {
      const res = await t.req('GET', next, { token })
      expect(res.statusCode).toBe(200)
      pages.push(res.json<{ id: string }[]>().map((r) => r.id))
      next = nextOf(res.headers.link)
    }
    return pages
  }

  it(`serves at most ${INCIDENT_PAGE_MAX} incidents whatever the limit, and links the next page`, async () => {
    const pages = await walk('/api/v1/incidents?limit=1000', reporter.token)
    expect(pages.map((p) => p.length)).toEqual([INCIDENT_PAGE_MAX, TOTAL - INCIDENT_PAGE_MAX])
    expect(pages.flat()).toEqual(expected)
  })

  it('walks small pages through ties without losing or repeating an incident, keeping the other filters', async () => {
    const pages = await walk('/api/v1/incidents?limit=4&status=open', reporter.token)
    expect(pages.slice(0, -1).every((p) => p.length === 4)).toBe(true)
    expect(pages.flat()).toEqual(expected)
  })

  it('gives no next link when the page holds the last incident', async () => {
    const res = await t.req('GET', `/api/v1/incidents?limit=${TOTAL}`, { token: reporter.token })
    expect(res.headers.link).toBeDefined()
    const last = await t.req('GET', nextOf(res.headers.link)!, { token: reporter.token })
    expect(last.headers.link).toBeUndefined()
    const whole = await t.req('GET', `/api/v1/incidents?limit=${TOTAL - INCIDENT_PAGE_MAX}&cursor=${new URL(nextOf(res.headers.link)!, 'http://x').searchParams.get('cursor')}`, { token: reporter.token })
    expect(whole.json<unknown[]>()).toHaveLength(TOTAL - INCIDENT_PAGE_MAX)
    expect(whole.headers.link).toBeUndefined()
  })

  it('pages only through what the caller may see', async () => {
    const pages = await walk('/api/v1/incidents?limit=50', outsider.token)
    expect(pages.length).toBe(Math.ceil(green.size / 50))
    expect(pages.flat()).toEqual(expected.filter((id) => green.has(id)))
  })

  it('answers a cursor it never gave with a 400 problem', async () => {
    for (const cursor of ['Zm9v', 'not*base64', Buffer.from('yesterday|x').toString('base64url')]) {
      const res = await t.req('GET', `/api/v1/incidents?cursor=${encodeURIComponent(cursor)}`, { token: reporter.token })
      expect(res.statusCode).toBe(400)
      expect(res.headers['content-type']).toContain('application/problem+json')
    }
  })

  it('documents the bound in the OpenAPI document', async () => {
    const doc = (await t.req('GET', '/api/openapi.json', { token: null })).json<{ paths: Record<string, { get: { description: string; parameters: { name: string }[] } }> }>()
    const list = doc.paths['/api/v1/incidents']!.get
    expect(list.description).toContain(`at most ${INCIDENT_PAGE_MAX} incidents`)
    expect(list.parameters.map((p) => p.name)).toContain('cursor')
  })
})
