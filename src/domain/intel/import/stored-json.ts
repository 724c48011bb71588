/**
 * The canonical JSON of an object as parsed from a bundle, the same text `canonicalJson` writes,
 * made fast: objects whose keys are not in order are copied with their keys sorted (the rest are
 * reused as they are) and the native JSON.stringify writes the result. That is only sound for
 * plain data (what JSON.parse returns) and for keys that the engine enumerates in insertion
 * order: a key that looks like an array index is enumerated first (and `__proto__` cannot be
 * assigned as a plain key), so any such key anywhere sends the value to the general `canonicalJson`.
 */
import { canonicalJson } from '../../../core/canonical-json'

const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/

class NeedsGeneralPath extends Error {}

/** The keys sorted (null: already in order); the caller's array stays as it was. */
function sortedKeys(keys: string[]): string[] | null {
  let inOrder = true
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!
    const first = k.charCodeAt(0)
    if ((first >= 0x30 && first <= 0x39 && ARRAY_INDEX.test(k)) || (first === 0x5f && k === '__proto__')) throw new NeedsGeneralPath()
    if (inOrder && i > 0 && keys[i - 1]! > k) inOrder = false
  }
  return inOrder ? null : [...keys].sort()
}

/** The value with every object's keys in sorted order; parts already in order are shared, not copied. */
function inOrder(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) {
    let out: unknown[] | null = null
    for (let i = 0; i < value.length; i++) {
      const v = value[i] as unknown
      const w = inOrder(v)
      if (w !== v && out === null) out = value.slice(0, i)
      out?.push(w)
    }
    return out ?? value
  }
  const obj = value as Record<string, unknown>
  const keys = Object.keys(obj)
  const sorted = sortedKeys(keys)
  let out: Record<string, unknown> | null = null
  if (sorted !== null) out = {}
  for (const k of sorted ?? keys) {
    const v = obj[k]
    const w = inOrder(v)
    if (out === null && w !== v) {
      out = {}
      for (const earlier of keys) {
        if (earlier === k) break
        out[earlier] = obj[earlier]
      }
    }
    if (out !== null) out[k] = w
  }
  return out ?? value
}

/** `canonicalJson(value)` for a value read by JSON.parse. */
export function canonicalJsonOfParsed(value: unknown): string {
  try {
    return JSON.stringify(inOrder(value))
  } catch (e) {
    if (e instanceof NeedsGeneralPath) return canonicalJson(value)
    throw e
  }
}
