import { beforeAll, describe, expect, it } from 'vitest'
import { loadOasisJudge, NO_SHARED_DATA } from './test-support/oasis-judge'
import type { OasisJudge } from './test-support/oasis-judge'
import { validateStixObject } from './validate-stix-object'

let oasis: OasisJudge
beforeAll(() => {
  if (!NO_SHARED_DATA) oasis = loadOasisJudge()
})

type Obj = Record<string, unknown>
const IDENTITY = 'identity--f431f809-377b-45e0-aa1c-6a4751cae5ff'
const TLP_GREEN = 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb'

const indicator: Obj = {
  type: 'indicator',
  spec_version: '2.1',
  id: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f',
  created_by_ref: IDENTITY,
  created: '2016-04-06T20:03:48.000Z',
  modified: '2016-04-06T20:03:48.000Z',
  indicator_types: ['malicious-activity'],
  name: 'Poison Ivy Malware',
  pattern: "[file:hashes.'SHA-256' = 'ef537f25c895bfa782526529a9b63d97aa631564d5d789c2b765448c8635fb6c']",
  pattern_type: 'stix',
  valid_from: '2016-01-01T00:00:00Z',
  confidence: 80,
  object_marking_refs: [TLP_GREEN],
}
const relationship: Obj = {
  type: 'relationship',
  spec_version: '2.1',
  id: 'relationship--44298a74-ba52-4f0c-87a3-1824e67d7fad',
  created: '2016-04-06T20:06:37.000Z',
  modified: '2016-04-06T20:06:37.000Z',
  relationship_type: 'indicates',
  source_ref: indicator.id,
  target_ref: 'malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b',
}
const sighting: Obj = {
  type: 'sighting',
  spec_version: '2.1',
  id: 'sighting--ee20065d-2555-424f-ad9e-0f8428623c75',
  created: '2016-04-06T20:08:31.000Z',
  modified: '2016-04-06T20:08:31.000Z',
  first_seen: '2015-12-21T19:00:00Z',
  last_seen: '2015-12-21T19:00:00Z',
  count: 50,
  sighting_of_ref: indicator.id,
  where_sighted_refs: [IDENTITY],
}
const file: Obj = {
  type: 'file',
  spec_version: '2.1',
  id: 'file--5a27d487-c542-5f97-a131-a8866b477b46',
  hashes: { 'SHA-256': 'ef537f25c895bfa782526529a9b63d97aa631564d5d789c2b765448c8635fb6c' },
  name: 'poison.exe',
  size: 1024,
}
const malware: Obj = {
  type: 'malware',
  spec_version: '2.1',
  id: 'malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b',
  created: '2016-04-06T20:07:09.000Z',
  modified: '2016-04-06T20:07:09.000Z',
  name: 'Poison Ivy',
  is_family: true,
}
const location: Obj = {
  type: 'location',
  spec_version: '2.1',
  id: 'location--a6e9345f-5a15-4c29-8bb3-7dcc5d168d64',
  created: '2016-04-06T20:03:00.000Z',
  modified: '2016-04-06T20:03:00.000Z',
  latitude: 48.8566,
  longitude: 2.3522,
}

const VALID: Record<string, Obj> = { indicator, relationship, sighting, file, malware, location }

const without = (o: Obj, property: string): Obj => Object.fromEntries(Object.entries(o).filter(([k]) => k !== property))
const withProps = (o: Obj, props: Obj): Obj => ({ ...o, ...props })

/** [what is broken, the object, the pointer we must name, whether the OASIS schemas reject it too] */
const BROKEN: [string, Obj, string, boolean][] = [
  ['indicator without pattern', without(indicator, 'pattern'), '/pattern', true],
  ['indicator without pattern_type', without(indicator, 'pattern_type'), '/pattern_type', true],
  ['indicator without valid_from', without(indicator, 'valid_from'), '/valid_from', true],
  ['indicator without created', without(indicator, 'created'), '/created', true],
  ['indicator without modified', without(indicator, 'modified'), '/modified', true],
  ['indicator without spec_version', without(indicator, 'spec_version'), '/spec_version', true],
  ['indicator without id', without(indicator, 'id'), '/id', true],
  ['object without type', without(indicator, 'type'), '/type', true],
  ['spec_version 2.0', withProps(indicator, { spec_version: '2.0' }), '/spec_version', false],
  ['id that is not an identifier', withProps(indicator, { id: 'indicator-8e2e2d2b' }), '/id', true],
  ['id with a bad uuid', withProps(indicator, { id: 'indicator--8e2e2d2b-17d4-4cbf-938f' }), '/id', true],
  ['id prefix not matching type', withProps(indicator, { id: 'malware--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f' }), '/id', true],
  ['SCO id prefix not matching type', withProps(file, { id: 'url--5a27d487-c542-5f97-a131-a8866b477b46' }), '/id', true],
  ['created without milliseconds', withProps(indicator, { created: '2016-04-06T20:03:48Z' }), '/created', true],
  ['created without Z', withProps(indicator, { created: '2016-04-06T20:03:48.000+01:00' }), '/created', true],
  ['created as a date only', withProps(indicator, { created: '2016-04-06' }), '/created', true],
  ['created on 30 February', withProps(indicator, { created: '2016-02-30T20:03:48.000Z', modified: '2016-04-06T20:03:48.000Z' }), '/created', false],
  ['valid_from with month 13', withProps(indicator, { valid_from: '2016-13-01T00:00:00Z' }), '/valid_from', true],
  ['modified before created', withProps(indicator, { modified: '2016-04-06T20:03:47.999Z' }), '/modified', false],
  ['valid_until before valid_from', withProps(indicator, { valid_until: '2015-01-01T00:00:00Z' }), '/valid_until', false],
  ['confidence 200', withProps(indicator, { confidence: 200 }), '/confidence', true],
  ['confidence -1', withProps(indicator, { confidence: -1 }), '/confidence', true],
  ['confidence 50.5', withProps(indicator, { confidence: 50.5 }), '/confidence', true],
  ['pattern as a number', withProps(indicator, { pattern: 42 }), '/pattern', true],
  ['revoked as a string', withProps(indicator, { revoked: 'yes' }), '/revoked', true],
  ['labels empty', withProps(indicator, { labels: [] }), '/labels', true],
  ['labels as a string', withProps(indicator, { labels: 'bad' }), '/labels', true],
  ['a null property', withProps(indicator, { name: null }), '/name', true],
  ['created_by_ref not an identity', withProps(indicator, { created_by_ref: 'malware--31b940d4-6f7f-459a-80ea-9c1f17b5891b' }), '/created_by_ref', false],
  ['object_marking_refs not a marking', withProps(indicator, { object_marking_refs: [IDENTITY] }), '/object_marking_refs/0', false],
  ['object_marking_refs empty', withProps(indicator, { object_marking_refs: [] }), '/object_marking_refs', true],
  ['external reference without source_name', withProps(indicator, { external_references: [{ url: 'https://example.org' }] }), '/external_references/0/source_name', true],
  ['granular marking without selectors', withProps(indicator, { granular_markings: [{ marking_ref: TLP_GREEN }] }), '/granular_markings/0/selectors', true],
  ['an upper-case property name', withProps(indicator, { BadName: 'x' }), '/BadName', true],
  ['extensions with a bad key', withProps(indicator, { extensions: { 'not an extension': { a: 1 } } }), '/extensions/not an extension', true],
  ['relationship without relationship_type', without(relationship, 'relationship_type'), '/relationship_type', true],
  ['relationship without source_ref', without(relationship, 'source_ref'), '/source_ref', true],
  ['relationship without target_ref', without(relationship, 'target_ref'), '/target_ref', true],
  ['relationship to a bundle', withProps(relationship, { target_ref: 'bundle--44298a74-ba52-4f0c-87a3-1824e67d7fad' }), '/target_ref', true],
  ['relationship from a relationship', withProps(relationship, { source_ref: relationship.id }), '/source_ref', true],
  ['relationship_type with spaces', withProps(relationship, { relationship_type: 'is part of' }), '/relationship_type', true],
  ['sighting without sighting_of_ref', without(sighting, 'sighting_of_ref'), '/sighting_of_ref', true],
  ['sighting of a marking', withProps(sighting, { sighting_of_ref: TLP_GREEN }), '/sighting_of_ref', true],
  ['sighting count negative', withProps(sighting, { count: -1 }), '/count', true],
  ['sighting where_sighted_refs not identity or location', withProps(sighting, { where_sighted_refs: [indicator.id] }), '/where_sighted_refs/0', true],
  ['sighting last_seen before first_seen', withProps(sighting, { last_seen: '2015-12-20T19:00:00Z' }), '/last_seen', false],
  ['malware without is_family', without(malware, 'is_family'), '/is_family', true],
  ['malware family without name', without(malware, 'name'), '/name', true],
  ['location latitude 91', withProps(location, { latitude: 91 }), '/latitude', true],
  ['location latitude without longitude', without(location, 'longitude'), '/longitude', true],
  ['file with a bad SHA-256', withProps(file, { hashes: { 'SHA-256': 'abc' } }), '/hashes/SHA-256', true],
  ['file with a negative size', withProps(file, { size: -5 }), '/size', true],
  ['file with neither hashes nor name', without(without(file, 'hashes'), 'name'), '/hashes', true],
  ['file with a magic number that is not hex', withProps(file, { magic_number_hex: 'zz' }), '/magic_number_hex', true],
]

describe.skipIf(NO_SHARED_DATA)('the valid objects the broken ones are made from', () => {
  it.each(Object.entries(VALID))('%s is accepted by ours and by OASIS', (_name, obj) => {
    expect(validateStixObject(obj)).toEqual({ ok: true, object: obj })
    expect(oasis.accepts(obj)).toBe(true)
  })
})

describe.skipIf(NO_SHARED_DATA)('broken objects are rejected, naming the property at fault', () => {
  it.each(BROKEN)('%s', (_name, obj, pointer, oasisRejects) => {
    const result = validateStixObject(obj)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.map((e) => e.pointer)).toContain(pointer)
    for (const e of result.errors) expect(e.detail).not.toBe('')
    if (oasisRejects) expect(oasis.accepts(obj)).toBe(false)
  })
})

describe('what is not a STIX object at all', () => {
  it.each([null, 42, 'indicator', [indicator]])('%j is rejected at the root', (value) => {
    expect(validateStixObject(value)).toEqual({ ok: false, errors: [{ pointer: '', detail: 'a STIX object must be a JSON object' }] })
  })

  it('an unknown type without the x- prefix or an extension-definition is rejected at /type', () => {
    const result = validateStixObject(withProps(indicator, { type: 'widget', id: 'widget--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f' }))
    expect(result).toMatchObject({ ok: false, errors: [{ pointer: '/type' }] })
  })
})
