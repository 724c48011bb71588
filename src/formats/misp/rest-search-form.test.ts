import { describe, expect, it } from 'vitest'
import { MISP_REST_SEARCH_ANSWER } from '../stix/test-support/deviation-fixtures'
import { readMispEvents } from './misp-types'
import { readRestSearchForm } from './rest-search-form'

const attribute = (event_id: string, uuid: string, value: string) => ({ event_id, uuid, type: 'ip-dst', category: 'Network activity', to_ids: true, value, timestamp: '1714557600' })

describe('readRestSearchForm', () => {
  it('reads attribute form as the event its attributes name, without their Event member', () => {
    const form = readRestSearchForm(MISP_REST_SEARCH_ANSWER)!
    expect(form.events).toHaveLength(1)
    const [event] = readMispEvents({ response: form.events.map((Event) => ({ Event })) })
    expect(event).toMatchObject({ uuid: '8a9b0c1d-2e3f-4a5b-9c6d-7e8f9a0b1c2d', info: 'Wiper campaign C2', timestamp: '1714561200' })
    expect(event!.Attribute!.map((a) => a.value)).toEqual(['198.51.100.77', 'update-check.example'])
    expect(event!.Attribute!.every((a) => !('Event' in a))).toBe(true)
    expect(form.detail).toContain('attribute form (2 attributes, 0 objects) read as 1 event')
  })

  it('groups by event id when the answer names no event uuid, with a uuid that is the same on every read', () => {
    const doc = { response: { Attribute: [attribute('3', 'a1a1a1a1-0000-4000-8000-000000000001', '192.0.2.1'), attribute('4', 'a1a1a1a1-0000-4000-8000-000000000002', '192.0.2.2')] } }
    const first = readRestSearchForm(doc)!
    expect(first.events.map((e) => e.info)).toEqual(['MISP restSearch answer (event 3)', 'MISP restSearch answer (event 4)'])
    expect(first.events.map((e) => e.uuid)).toEqual(readRestSearchForm(doc)!.events.map((e) => e.uuid))
    expect(new Set(first.events.map((e) => e.uuid)).size).toBe(2)
  })

  it('reads object form, both as {"response": {"Object": [...]}} and as a list of {"Object": ...}', () => {
    const object = { uuid: 'b2b2b2b2-0000-4000-8000-000000000001', name: 'domain-ip', event_id: '9', timestamp: '1714557600', Attribute: [attribute('9', 'b2b2b2b2-0000-4000-8000-000000000002', '192.0.2.9')] }
    for (const doc of [{ response: { Object: [object] } }, { response: [{ Object: object }] }]) {
      const form = readRestSearchForm(doc)!
      expect(form.events).toHaveLength(1)
      expect(form.events[0]!.Object!.map((o) => o.name)).toEqual(['domain-ip'])
      expect(form.detail).toContain('object form (0 attributes, 1 objects)')
    }
  })

  it('leaves events alone: their forms are not this deviation', () => {
    expect(readRestSearchForm({ Event: { uuid: 'u', info: 'i' } })).toBeNull()
    expect(readRestSearchForm({ response: [{ Event: { uuid: 'u', info: 'i' } }] })).toBeNull()
    expect(readRestSearchForm([])).toBeNull()
  })
})
