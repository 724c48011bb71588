import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { capabilityBody } from '../../../test/assistance-world'
import { makeNation, startTestHub, type TestHub } from '../../../test/hub'
import { wiperIncident } from '../../../test/incidents'
import { countRows, DIALECTS } from '../../../test/store'

interface Vocab {
  name: string
  label: string
  source: string
  values: { id: string | number; label: string; [k: string]: unknown }[]
}
interface Problem {
  code: string
  detail: string
  nearest: string[]
  vocabulary: string
  errors: { pointer: string; detail: string }[]
}

describe.each(DIALECTS)('allowed values can be discovered (%s)', (dialect) => {
  let t: TestHub
  beforeAll(async () => {
    t = await startTestHub(dialect)
  })
  afterAll(() => t.close())

  it('GET /vocab lists every vocabulary with labels and sources, to anyone', async () => {
    const res = await t.req('GET', '/api/v1/vocab', { token: null })
    expect(res.statusCode, res.body).toBe(200)
    const all = res.json<Vocab[]>()
    expect(all.map((v) => v.name)).toEqual(['capability-categories', 'nis2-sectors', 'rsit-classes', 'rsit-types', 'nciss-levels', 'languages', 'urgencies'])
    for (const v of all) {
      expect(v.source.length, v.name).toBeGreaterThan(10)
      expect(v.values.length, v.name).toBeGreaterThan(3)
    }
    const byName = new Map(all.map((v) => [v.name, v]))
    expect(byName.get('capability-categories')!.values).toContainEqual(expect.objectContaining({ id: 'malware-analysis', label: 'Malware analysis', firstService: 'artifact-and-forensic-evidence-analysis' }))
    expect(byName.get('nciss-levels')!.values).toContainEqual({ id: 4, label: 'Severe', colour: 'red' })
    expect(byName.get('rsit-types')!.values).toContainEqual(expect.objectContaining({ id: 'infected-system', class: 'malicious-code', tag: 'malicious-code:infected-system' }))
    expect(byName.get('urgencies')!.values).toContainEqual(expect.objectContaining({ id: 'critical', answerWindowHours: 1 }))
    expect(byName.get('languages')!.values).toContainEqual({ id: 'et', label: 'Estonian' })
  })

  it('GET /vocab/{name} gives one; an unknown name is a 404 naming those there are', async () => {
    const one = await t.req('GET', '/api/v1/vocab/nis2-sectors', { token: null })
    expect(one.json<Vocab>().values).toContainEqual({ id: 'energy', label: 'Energy', annex: 'I', parent: null })
    const none = await t.req('GET', '/api/v1/vocab/colours', { token: null })
    expect(none.statusCode).toBe(404)
    expect(none.json<Problem>().detail).toContain('nis2-sectors')
  })

  it('the OpenAPI document carries the vocabularies as enums on the fields that take them', async () => {
    const doc = (await t.req('GET', '/api/openapi.json', { token: null })).json<{ paths: Record<string, Record<string, { requestBody: { content: Record<string, { schema: { properties: Record<string, { enum?: unknown[]; items?: { enum?: unknown[] } }> } }> } }>> }>()
    const body = (path: string) => doc.paths[path]!.post!.requestBody.content['application/json']!.schema.properties
    const incident = body('/api/v1/incidents')
    expect(incident.sectors!.items!.enum).toContain('energy-electricity')
    expect(incident.rsitClass!.enum).toContain('malicious-code')
    expect(incident.rsitType!.enum).toContain('infected-system')
    expect(incident.severity!.enum).toEqual([0, 1, 2, 3, 4, 5])
    const capability = body('/api/v1/capabilities')
    expect(capability.category!.enum).toContain('malware-analysis')
    expect(capability.languages!.items!.enum).toContain('et')
    const request = body('/api/v1/assistance/requests')
    expect(request.category!.enum).toContain('digital-forensics')
    expect(request.urgency!.enum).toEqual(['critical', 'high', 'medium', 'low'])
  })

  it('an unknown value is a 422 naming the nearest allowed ones, and writes nothing', async () => {
    const n = await makeNation(t)
    const count = () => countRows(t.store, 'incident')
    const before = await count()
    const cases: [Record<string, unknown>, string, string, string[]][] = [
      [{ sectors: ['energy', 'enrgy'] }, 'unknown_sector', '/sectors/1', ['energy']],
      [{ rsitClass: 'malicious-cod' }, 'unknown_rsit_class', '/rsitClass', ['malicious-code']],
      [{ rsitType: 'infected-sytem' }, 'unknown_rsit_type', '/rsitType', ['infected-system']],
    ]
    for (const [over, code, pointer, nearest] of cases) {
      const res = await t.req('POST', '/api/v1/incidents', { token: n.admin.token, body: wiperIncident(over) })
      expect(res.statusCode, res.body).toBe(422)
      const p = res.json<Problem>()
      expect([p.code, p.errors[0]?.pointer, p.nearest]).toEqual([code, pointer, nearest])
      expect(p.detail).toContain(`nearest: ${nearest.join(', ')}`)
    }
    expect(await count()).toBe(before)
  })

  it('a capability or a request with a misspelt category or language is told what was meant', async () => {
    const n = await makeNation(t)
    const cap = await t.req('POST', '/api/v1/capabilities', { token: n.admin.token, body: { ...capabilityBody('malware-analisys') } })
    expect(cap.statusCode).toBe(422)
    expect(cap.json<Problem>()).toMatchObject({ code: 'unknown_category', vocabulary: 'capability-categories', nearest: ['malware-analysis'] })
    const lang = await t.req('POST', '/api/v1/capabilities', { token: n.admin.token, body: { ...capabilityBody('malware-analysis'), languages: ['en', 'EE'] } })
    expect(lang.json<Problem>()).toMatchObject({ code: 'unknown_language', errors: [{ pointer: '/languages/1' }] })
    expect(lang.json<Problem>().nearest).toContain('ee')
    const caps = await t.store.db.selectFrom('capability').select('id').where('org_id', '=', n.org.id).execute()
    expect(caps).toEqual([])
  })

  it('a misspelt urgency is a 422 naming the nearest; any other enum field lists its allowed values', async () => {
    const n = await makeNation(t)
    const inc = await t.req('POST', '/api/v1/incidents', { token: n.admin.token, body: wiperIncident() })
    const body = { incidentId: inc.json<{ id: string }>().id, category: 'malware-analysis', urgency: 'hihg', needed: 1, languages: ['en'], delivery: 'either', sanitizedSummary: 'help' }
    const res = await t.req('POST', '/api/v1/assistance/requests', { token: n.admin.token, body })
    expect(res.statusCode, res.body).toBe(422)
    expect(res.json<Problem>()).toMatchObject({ code: 'unknown_urgency', nearest: ['high'], errors: [{ pointer: '/urgency' }] })
    const delivery = await t.req('POST', '/api/v1/assistance/requests', { token: n.admin.token, body: { ...body, urgency: 'high', delivery: 'onsite' } })
    expect(delivery.statusCode).toBe(400)
    expect(delivery.json<Problem>().errors).toEqual([{ pointer: '/delivery', detail: 'must be one of: remote, on_site, either' }])
    expect(await t.store.db.selectFrom('assistance_request').select('id').where('incident_id', '=', inc.json<{ id: string }>().id).execute()).toEqual([])
  })

  it('a value far from every allowed one is refused without a guess', async () => {
    const n = await makeNation(t)
    const res = await t.req('POST', '/api/v1/incidents', { token: n.admin.token, body: wiperIncident({ sectors: ['zzzzzzzzzz' as never] }) })
    expect(res.statusCode).toBe(422)
    expect(res.json<Problem>().nearest).toEqual([])
    expect(res.json<Problem>().detail).toContain('GET /api/v1/vocab/nis2-sectors')
  })
})
