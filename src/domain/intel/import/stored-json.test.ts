import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from '../../../core/canonical-json'
import { NO_SHARED_DATA, SHARED_DATA } from '../../../../test/shared-data'
import { canonicalJsonOfParsed } from './stored-json'

describe('canonicalJsonOfParsed', () => {
  it.skipIf(NO_SHARED_DATA)('writes what canonicalJson writes, for every object of the ATT&CK bundle', () => {
    const bundle = JSON.parse(readFileSync(join(SHARED_DATA, 'attack', 'enterprise-attack-18.1.json'), 'utf8')) as { objects: unknown[] }
    expect(bundle.objects.length).toBeGreaterThan(1000)
    for (const o of bundle.objects) expect(canonicalJsonOfParsed(o)).toBe(canonicalJson(o))
  })

  it('writes what canonicalJson writes for awkward values, and leaves its input unchanged', () => {
    const cases = [
      '{"b":1,"a":{"d":[{"z":1,"y":2},3,"x"],"c":null},"":"empty"}',
      '{"a":1,"b":{"c":1,"d":[{"f":1,"e":2}]}}',
      '{"10":1,"9":2,"a":3}',
      '{"a":{"b":{"2":"x","1":"y"}}}',
      '{"z":[[],{}],"é":"\\u0000\\"\\\\","e":1e21,"f":-0.0,"g":1.5e-7,"h":true,"i":false}',
      '{"😀":1,"\\uffff":2,"A":3,"a":4,"01":5,"4294967295":6}',
      '[{"b":1,"a":2},{"a":1}]',
      '{"b":{"__proto__":{"x":1},"a":2}}',
      '"text"',
      '12',
      'null',
    ]
    for (const text of cases) {
      const value = JSON.parse(text) as unknown
      expect(canonicalJsonOfParsed(value), text).toBe(canonicalJson(value))
      expect(value, text).toEqual(JSON.parse(text))
    }
  })
})
