import type { EqualityObservable } from './stix-pattern'

/**
 * The common pattern `[type:path = 'value']` (one equality, a plain string, no escapes), read
 * with one regular expression instead of the full grammar: it is what most indicators hold, and
 * the parser is the costly part of indexing them. Anything else returns null and goes to the
 * parser. The expression accepts a subset of what the grammar accepts, and gives the same type,
 * path (as `pathToString` spells it) and value: simple-pattern.test.ts checks both against each other.
 */
const SIMPLE =
  /^\[([a-zA-Z_][a-zA-Z0-9_-]*):([a-zA-Z_][a-zA-Z0-9_]*)((?:\.(?:[a-zA-Z_][a-zA-Z0-9_]*|'[^'\\]*'))*) ?= ?'([^'\\]*)'\]$/

const STEP = /\.(?:([a-zA-Z_][a-zA-Z0-9_]*)|'([^'\\]*)')/g

export function simpleEquality(pattern: string): EqualityObservable | null {
  const m = SIMPLE.exec(pattern)
  if (m === null) return null
  let path = m[2]!
  for (const step of m[3]!.matchAll(STEP)) path += `.${step[1] ?? step[2]!}`
  return { type: m[1]!, path, value: m[4]! }
}
