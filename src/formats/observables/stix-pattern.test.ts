import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isAppError } from '../../core/errors'
import { equalityObservables, parsePattern, type PatternAst } from './stix-pattern'
import { NO_SHARED_DATA, SHARED_DATA, jsonFilesUnder, stixObjectsIn } from './shared-data.test-helper'

function indicatorPatterns(files: string[]): string[] {
  return files.flatMap((f) =>
    stixObjectsIn(f)
      .filter((o) => o.type === 'indicator' && (o.pattern_type ?? 'stix') === 'stix' && typeof o.pattern === 'string')
      .map((o) => o.pattern as string),
  )
}

function syntaxErrorOf(src: string): { message: string; column: number } {
  try {
    parsePattern(src)
  } catch (e) {
    if (isAppError(e) && e.code === 'invalid_stix_pattern') return { message: e.message, column: e.extra.column as number }
    throw e
  }
  throw new Error(`expected ${src} to be rejected`)
}

describe.skipIf(NO_SHARED_DATA)('parsePattern on real indicators', () => {
  it('parses every indicator pattern of the OASIS example bundles and finds their equality tests', () => {
    const patterns = indicatorPatterns(jsonFilesUnder(join(SHARED_DATA, 'stix2.1-examples')))
    expect(patterns.length).toBeGreaterThan(30)
    let equalities = 0
    for (const p of patterns) equalities += equalityObservables(parsePattern(p)).length
    expect(equalities).toBeGreaterThanOrEqual(patterns.length - 5)
  })

  it('parses every indicator pattern of both ATT&CK bundles (there may be none)', () => {
    const patterns = indicatorPatterns([
      join(SHARED_DATA, 'attack/enterprise-attack-18.1.json'),
      join(SHARED_DATA, 'attack/ics-attack-18.1.json'),
    ])
    for (const p of patterns) expect(() => parsePattern(p)).not.toThrow()
  })
})

describe('parsePattern structure', () => {
  it('gives FOLLOWEDBY the lowest and AND the highest precedence between observations', () => {
    const ast = parsePattern("[a:x = 1] OR [b:y = 2] AND [c:z = 3] FOLLOWEDBY [d:w = 4]")
    expect(ast).toMatchObject({
      kind: 'observation-op',
      op: 'FOLLOWEDBY',
      left: { kind: 'observation-op', op: 'OR', right: { kind: 'observation-op', op: 'AND' } },
    })
  })

  it('stacks qualifiers on an observation, innermost first', () => {
    const ast = parsePattern(
      "([file:name = 'a'] AND [file:name = 'b']) REPEATS 5 TIMES WITHIN 1.5 SECONDS START t'2016-06-01T00:00:00Z' STOP t'2016-07-01T00:00:00.5Z'",
    )
    expect(ast).toMatchObject({
      kind: 'qualified',
      qualifier: { kind: 'start-stop', start: '2016-06-01T00:00:00Z', stop: '2016-07-01T00:00:00.5Z' },
      expr: { kind: 'qualified', qualifier: { kind: 'within', seconds: 1.5 }, expr: { qualifier: { kind: 'repeats', times: 5 } } },
    })
  })

  it('reads quoted path keys, extensions, list indexes and every literal kind', () => {
    const ast = parsePattern(
      "[network-traffic:extensions.'http-request-ext'.request_header.'Accept-Encoding' LIKE '%gzip%' AND " +
        "file:extensions.'windows-pebinary-ext'.sections[*].entropy > 7.0 AND file:x[-1] != -3 AND " +
        "file:hashes.'SHA-256' = 'abc' AND artifact:payload_bin = b'AAE=' AND artifact:p = h'0aFF' AND " +
        "file:is_encrypted = true AND file:created <= t'2020-02-29T23:59:60Z' AND EXISTS file:ctime]",
    ) as Extract<PatternAst, { kind: 'observation' }>
    const tests: unknown[] = []
    const walk = (c: unknown): void => {
      const n = c as { kind: string; left?: unknown; right?: unknown }
      if (n.kind === 'comparison-op') {
        walk(n.left)
        walk(n.right)
      } else tests.push(n)
    }
    walk(ast.comparison)
    expect(tests).toEqual([
      {
        kind: 'test',
        negated: false,
        op: 'LIKE',
        path: { objectType: 'network-traffic', steps: [{ key: 'extensions' }, { key: 'http-request-ext' }, { key: 'request_header' }, { key: 'Accept-Encoding' }] },
        value: { type: 'string', value: '%gzip%' },
      },
      {
        kind: 'test',
        negated: false,
        op: '>',
        path: { objectType: 'file', steps: [{ key: 'extensions' }, { key: 'windows-pebinary-ext' }, { key: 'sections' }, { index: '*' }, { key: 'entropy' }] },
        value: { type: 'float', value: 7 },
      },
      { kind: 'test', negated: false, op: '!=', path: { objectType: 'file', steps: [{ key: 'x' }, { index: -1 }] }, value: { type: 'int', value: -3 } },
      { kind: 'test', negated: false, op: '=', path: { objectType: 'file', steps: [{ key: 'hashes' }, { key: 'SHA-256' }] }, value: { type: 'string', value: 'abc' } },
      { kind: 'test', negated: false, op: '=', path: { objectType: 'artifact', steps: [{ key: 'payload_bin' }] }, value: { type: 'binary', value: 'AAE=' } },
      { kind: 'test', negated: false, op: '=', path: { objectType: 'artifact', steps: [{ key: 'p' }] }, value: { type: 'hex', value: '0aFF' } },
      { kind: 'test', negated: false, op: '=', path: { objectType: 'file', steps: [{ key: 'is_encrypted' }] }, value: { type: 'bool', value: true } },
      { kind: 'test', negated: false, op: '<=', path: { objectType: 'file', steps: [{ key: 'created' }] }, value: { type: 'timestamp', value: '2020-02-29T23:59:60Z' } },
      { kind: 'exists', path: { objectType: 'file', steps: [{ key: 'ctime' }] } },
    ])
  })

  it('unescapes quotes and backslashes in strings, and skips comments', () => {
    const ast = parsePattern("/* c */ [file:name = 'it\\'s a \\\\ path' // trailing\n]")
    expect(equalityObservables(ast)).toEqual([{ type: 'file', path: 'name', value: "it's a \\ path" }])
  })
})

describe('equalityObservables', () => {
  it('keeps positive = and IN comparisons and drops negated, ordered and pattern tests', () => {
    const ast = parsePattern(
      "([ipv4-addr:value = '198.51.100.1' OR ipv4-addr:value IN ('203.0.113.1', '203.0.113.2')] AND " +
        "[domain-name:value NOT = 'good.example' AND domain-name:value NOT IN ('a.example') AND domain-name:value != 'b.example']) " +
        "FOLLOWEDBY [url:value LIKE 'http://%' AND file:size > 10 AND file:hashes.MD5 = '0123456789abcdef0123456789abcdef'] WITHIN 60 SECONDS",
    )
    expect(equalityObservables(ast)).toEqual([
      { type: 'ipv4-addr', path: 'value', value: '198.51.100.1' },
      { type: 'ipv4-addr', path: 'value', value: '203.0.113.1' },
      { type: 'ipv4-addr', path: 'value', value: '203.0.113.2' },
      { type: 'file', path: 'hashes.MD5', value: '0123456789abcdef0123456789abcdef' },
    ])
  })

  it('spells list indexes and quoted keys in the path', () => {
    const ast = parsePattern("[email-message:to_refs[*].value = 'a@b.example' AND file:hashes.'SHA-1' = 'x']")
    expect(equalityObservables(ast).map((e) => e.path)).toEqual(['to_refs[*].value', 'hashes.SHA-1'])
  })
})

describe('parsePattern rejects bad syntax with the position', () => {
  const bad: [string, number][] = [
    ["ipv4-addr:value = '1.2.3.4'", 1], // no brackets
    ["[ipv4-addr:value = '1.2.3.4'", 29], // unclosed
    ["[ipv4-addr:value = '1.2.3.4] ", 20], // unterminated string
    ["[ipv4-addr:value = '1.2.3.4' and ipv4-addr:value = '1.2.3.5']", 30], // keywords are upper case
    ["[file:hashes.SHA-256 = 'x']", 17], // hyphenated key must be quoted
    ["[file:size > true]", 14], // booleans are not orderable
    ["[file:name LIKE 5]", 17],
    ["[file:created = t'2020-13-01T00:00:00Z']", 17], // month 13
    ["[artifact:payload_bin = b'AAA']", 25], // base64 without padding
    ["[artifact:payload_bin = h'abc']", 25], // odd number of hex digits
    ["[file:name = 'a'] WITHIN -5 SECONDS", 26],
    ["[file:name = 'a'] REPEATS 1.5 TIMES", 27],
    ["[file:name = 'a'] FOLLOWEDBY", 29],
    ["[]", 2],
    ['', 1],
  ]
  it.each(bad)('rejects %j near column %i', (src, column) => {
    const err = syntaxErrorOf(src)
    expect(err.message).toMatch(/^Invalid STIX pattern at line 1, column \d+: /)
    expect(err.column).toBe(column)
  })
})
