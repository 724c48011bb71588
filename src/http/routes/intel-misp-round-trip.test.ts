import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeNation, startTestHub, type TestHub } from '../../../test/hub'
import { wiperIncident } from '../../../test/incidents'
import { DIALECTS } from '../../../test/store'
import { TLP_2_MARKING_DEFINITIONS } from '../../formats/stix'
import { loadOasisJudge, type OasisJudge } from '../../formats/stix/test-support/oasis-judge'
import type { MispEvent } from '../../formats/misp'
import { attributesOf, losses, NOTHING_LOST, objectEvent } from '../../formats/misp/misp.test-events'
import { REAL_EVENTS, event, loadRealEvent } from '../../formats/misp/misp.test-helper'
import { loadMispJudge, type MispJudge } from '../../formats/misp/test-support/misp-judge'
import { NO_SHARED_DATA } from '../../../test/shared-data'

describe.skipIf(NO_SHARED_DATA).each(DIALECTS)('MISP -> hub -> MISP over REST (%s)', (dialect) => {
  let t: TestHub
  let oasis: OasisJudge
  let misp: MispJudge
  beforeAll(async () => {
    t = await startTestHub(dialect)
    oasis = loadOasisJudge()
    misp = loadMispJudge()
  })
  afterAll(() => t.close())

  const incidentOf = async (token: string) => {
    const res = await t.req('POST', '/api/v1/incidents', { token, body: wiperIncident({ tlp: 'GREEN' }) })
    expect(res.statusCode, res.body).toBe(201)
    return res.json<{ id: string }>().id
  }

  /** Imports the event into an incident of a nation of its own, then exports that incident as MISP and as STIX. */
  async function throughTheHub(ev: MispEvent) {
    const n = await makeNation(t)
    const incident = await incidentOf(n.admin.token)
    const imported = await t.req('POST', `/api/v1/intel/misp?incidentId=${incident}`, { token: n.admin.token, body: { Event: ev } })
    expect(imported.statusCode, imported.body).toBe(200)
    const out = await t.req('GET', `/api/v1/intel/misp?incident=${incident}`, { token: n.admin.token })
    expect(out.statusCode, out.body).toBe(200)
    const stix = await t.req('GET', `/api/v1/intel/export?incident=${incident}`, { token: n.admin.token })
    expect(stix.statusCode).toBe(200)
    return {
      summary: imported.json<{ added: number; warnings: string[] }>(),
      back: out.json<{ Event: MispEvent; warnings: string[] }>(),
      stix: JSON.parse(stix.body) as { objects: Record<string, unknown>[] },
    }
  }

  const cases: [string, () => MispEvent][] = [...REAL_EVENTS.map((name): [string, () => MispEvent] => [name, () => loadRealEvent(name)]), ['hand-written objects, galaxies, tags and a sharing group', objectEvent]]

  it.each(cases)('%s: every attribute, object, reference, tag and galaxy comes back; MISP and OASIS take what the hub writes', async (_name, make) => {
    const ev = make()
    const { back, stix } = await throughTheHub(ev)
    expect(losses(ev, back.Event)).toEqual(NOTHING_LOST)
    expect(attributesOf(back.Event)).toHaveLength(attributesOf(ev).length)
    expect(back.Event.uuid).toBe(ev.uuid)
    const faults = misp.faults({ Event: back.Event as unknown as Record<string, unknown> })
    expect([...faults.schema, ...faults.types]).toEqual([])
    const sent = new Set(misp.faults({ Event: ev as unknown as Record<string, unknown> }).templates)
    expect(faults.templates.filter((f) => !sent.has(f))).toEqual([])
    expect(stix.objects.filter((o) => !oasis.accepts(o)).map((o) => o.id)).toEqual([])
  })

  it('imports an event with no attributes and says so; exports it with a word, not silently empty', async () => {
    const { summary, back } = await throughTheHub(event({ uuid: '77777777-2222-4333-8444-555555555555', Tag: [{ name: 'tlp:green' }, { name: 'Type:OSINT' }] }))
    expect(summary.added).toBeGreaterThan(0)
    expect(summary.warnings.some((w) => w.includes('nothing STIX can carry'))).toBe(true)
    expect(back.Event.Attribute).toEqual([])
    expect(back.Event.Tag).toEqual([{ name: 'tlp:green' }, { name: 'Type:OSINT' }])
    expect(back.warnings).toContain('the event has no attribute, object or galaxy: nothing of the selection maps to MISP')
  })

  it('reports a TLP marking-definition in a STIX import as mapped to the hub\u2019s marking', async () => {
    const n = await makeNation(t)
    const green = TLP_2_MARKING_DEFINITIONS.GREEN
    const body = JSON.stringify({ type: 'bundle', id: 'bundle--11111111-2222-4333-8444-555555555556', objects: [green] })
    const res = await t.req('POST', '/api/v1/intel/bundles', { token: n.admin.token, payload: body, headers: { 'content-type': 'application/json' } })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json<{ warnings: string[] }>().warnings).toContain(
      `${green.id} is a TLP:GREEN marking-definition: mapped to the hub's marking TLP:GREEN; objects that refer to it are exported with the hub's own TLP:GREEN marking`,
    )
  })
})
