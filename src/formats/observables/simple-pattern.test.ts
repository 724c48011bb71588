import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generatedIndicator } from '../../../test/intel-bundles'
import { NO_SHARED_DATA, SHARED_DATA, jsonFilesUnder, stixObjectsIn } from './shared-data.test-helper'
import { simpleEquality } from './simple-pattern'
import { equalityObservables, parsePattern } from './stix-pattern'

/** What the full parser finds, or 'invalid'. */
function parsed(pattern: string): unknown {
  try {
    return equalityObservables(parsePattern(pattern))
  } catch {
    return 'invalid'
  }
}

/** The real indicators' patterns (none without the real test data: the crafted and generated ones still run). */
const realPatterns = (): string[] =>
  NO_SHARED_DATA ? [] : [join(SHARED_DATA, 'stix2.1-examples'), join(SHARED_DATA, 'attack')]
    .flatMap(jsonFilesUnder)
    .flatMap(stixObjectsIn)
    .filter((o) => o.type === 'indicator' && o.pattern_type === 'stix' && typeof o.pattern === 'string')
    .map((o) => o.pattern as string)

const crafted = [
  "[ipv4-addr:value = '198.51.100.1']",
  "[ipv4-addr:value='198.51.100.1']",
  "[domain-name:value = '']",
  "[file:hashes.'SHA-256' = 'aaaa']",
  "[file:hashes.MD5 = 'd41d8cd98f00b204e9800998ecf8427e']",
  "[file:hashes.'a.b' = 'x']",
  "[network-traffic:extensions.'http-request-ext'.request_header.'User-Agent' = 'Mozilla/5.0 [x] (y) = z']",
  "[email-message:from_ref.value = 'a@example.com']",
  "[x_custom-type:_under = 'ünïcödé 😀 \n new line']",
  "[file:name = 'a]']",
  "[file:name = 'a'] AND [file:name = 'b']",
  "[file:name = 'a' OR file:name = 'b']",
  "[file:name = 'it\\'s']",
  "[file:name = 'back\\\\slash']",
  "[file:name != 'a']",
  "[file:name NOT = 'a']",
  "[file:size = 12]",
  "[file:name = 'a'] WITHIN 5 SECONDS",
  "[ file:name = 'a' ]",
  "[file:name  = 'a']",
  "[file:name = 'a']x",
  "[file: name = 'a']",
  "[1file:name = 'a']",
  "[file:na-me = 'a']",
  "[file:'name' = 'a']",
  "[file:hashes.'SHA-256 = 'a']",
  "[file:name = 'a",
  "[file:name = t'2020-01-01T00:00:00Z']",
]

describe('simpleEquality', () => {
  it('finds what the parser finds, wherever it answers, and answers for the common form', () => {
    const generated = Array.from({ length: 300 }, (_, i) => generatedIndicator(i).pattern as string)
    const all = [...crafted, ...generated, ...realPatterns()]
    let answered = 0
    for (const pattern of all) {
      const fast = simpleEquality(pattern)
      if (fast === null) continue
      answered++
      expect([fast], pattern).toEqual(parsed(pattern))
    }
    for (const pattern of generated) expect(simpleEquality(pattern), pattern).not.toBeNull()
    expect(answered).toBeGreaterThan(generated.length + 8)
  })

  it('leaves every other form to the parser', () => {
    for (const pattern of crafted.slice(10)) expect(simpleEquality(pattern), pattern).toBeNull()
  })
})
