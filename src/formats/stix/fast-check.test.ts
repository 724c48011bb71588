import { describe, expect, it } from 'vitest'
import { Compile } from 'typebox/compile'
import type { Validator } from 'typebox/compile'
import { coreProperties, observableCoreProperties, stixObject } from './common-properties'
import { fastCheckFor } from './fast-check'
import { SCO_SCHEMAS } from './sco-schemas'
import { SDO_SCHEMAS } from './sdo-schemas'

type Obj = Record<string, unknown>

const attackPattern: Obj = {
  type: 'attack-pattern',
  spec_version: '2.1',
  id: 'attack-pattern--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f',
  created: '2016-04-06T20:03:48.000Z',
  modified: '2016-04-06T20:03:48.000Z',
  name: 'Spearphishing',
}
const file: Obj = { type: 'file', id: 'file--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f', name: 'a.exe' }

/** Extra properties whose names or values the top-level name rules judge. */
const EXTRAS: Obj[] = [
  {}, { x_mitre_version: '1.0' }, { x_mitre_list: [] }, { x_mitre_list: ['a'] }, { x_mitre_null: null },
  { x_mitre_obj: {} }, { x_mitre_num: 1.5 }, { x_mitre_num: Number.NaN }, { x_mitre_flag: false },
  { ab: 'short' }, { abc: 'three' }, { Abc: 'upper first' }, { aBc: 'upper later' }, { a_b: 'underscore' },
  { _ab: 'underscore first' }, { '1ab': 'digit first' }, { 'a-bc': 'dash' }, { ['a'.repeat(250)]: 'longest' },
  { ['a'.repeat(251)]: 'too long' }, { key_hex: 'ab12' }, { key_hex: 'abc' }, { key_hex: 12 }, { a_hex: 'ff' },
  { _hex: 'ff' }, { key_bin: 'aGVsbG8=' }, { key_bin: 'aGVsbG8' }, { key_bin: '' }, { key_hex: '' },
  { name: null }, { name: [] }, { description: 'named and a property name' }, { id: 'x' },
  { labels: [] }, { confidence: 101 }, { created_by_ref: 'identity--nope' }, { defanged: 'yes' },
]

const CASES: [string, Obj, Validator, ReturnType<typeof fastCheckFor>][] = (() => {
  const schemas = {
    'attack-pattern': [SDO_SCHEMAS['attack-pattern'], attackPattern],
    file: [SCO_SCHEMAS.file, file],
    custom: [stixObject(coreProperties), { ...attackPattern, type: 'x-thing', id: 'x-thing--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f' }],
    'custom observable': [stixObject(observableCoreProperties), { ...file, type: 'x-obs', id: 'x-obs--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f' }],
  } as const
  return Object.entries(schemas).flatMap(([name, [schema, base]]) => {
    const exact = Compile(schema) as Validator
    const fast = fastCheckFor(schema, exact)
    return EXTRAS.map((extra): [string, Obj, Validator, typeof fast] => [`${name} ${JSON.stringify(Object.keys(extra))}`, { ...base, ...extra }, exact, fast])
  })
})()

describe('the fast check of an object schema', () => {
  it.each(CASES)('%s: accepts exactly what the compiled schema accepts', (_, obj, exact, fast) => {
    expect(fast(obj)).toBe(exact.Check(obj))
  })

  it('accepts the base objects and rejects at least some extras (the cases are not all alike)', () => {
    const verdicts = new Set(CASES.map(([, obj, , fast]) => fast(obj)))
    expect(verdicts).toEqual(new Set([true, false]))
  })
})
