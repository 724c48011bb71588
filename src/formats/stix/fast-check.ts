import { Compile } from 'typebox/compile'
import type { Validator } from 'typebox/compile'
import type { TSchema } from 'typebox'
import { BINARY_PATTERN, HEX_PATTERN, PROPERTY_NAME_RULES } from './schema-parts'

/**
 * A quicker twin of a compiled object schema, used only to accept: whatever it accepts, the
 * schema accepts too; whatever it rejects goes to the schema itself, which has the last word and
 * the detailed errors. The top level `PROPERTY_NAME_RULES` (every key run through three regexes,
 * over three `Object.entries` copies, in the compiled code) are replaced by one pass over the keys
 * with character tests that state the same patterns.
 */
export type FastCheck = (value: Record<string, unknown>) => boolean

const HEX = new RegExp(HEX_PATTERN)
const BINARY = new RegExp(BINARY_PATTERN)

/** `^[a-z][a-z0-9_]{2,249}$`, the general STIX property name (the `_hex`/`_bin` names are among them). */
const isPropertyName = (key: string): boolean => {
  const n = key.length
  if (n < 3 || n > 250) return false
  const first = key.charCodeAt(0)
  if (first < 0x61 || first > 0x7a) return false
  for (let i = 1; i < n; i++) {
    const c = key.charCodeAt(i)
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f)) return false
  }
  return true
}

/** `PropertyValue`: never null, never an empty list. */
const isPropertyValue = (v: unknown): boolean =>
  typeof v === 'string' || typeof v === 'boolean' || Number.isFinite(v) ||
  (typeof v === 'object' && v !== null && (!Array.isArray(v) || v.length >= 1))

/**
 * The name rules for every own key (enumerable or not: stricter than the schema, which checks
 * values of enumerable keys only). A named property is allowed whatever its name, yet its value
 * must still satisfy the name pattern it matches, as `patternProperties` wants.
 */
const keysFollowNameRules = (named: ReadonlySet<string>, o: Record<string, unknown>): boolean => {
  for (const key of Object.getOwnPropertyNames(o)) {
    if (!isPropertyName(key)) {
      if (named.has(key)) continue
      return false
    }
    const v = o[key]
    if (!isPropertyValue(v)) return false
    if (key.endsWith('_hex') && !(typeof v === 'string' && HEX.test(v))) return false
    if (key.endsWith('_bin') && !(typeof v === 'string' && BINARY.test(v))) return false
  }
  return true
}

interface ObjectSchemaParts {
  properties?: Record<string, TSchema>
  patternProperties?: unknown
  additionalProperties?: unknown
}

/** The fast twin of `schema` (the compiled schema itself when it has no top-level name rules). */
export const fastCheckFor = (schema: TSchema, exact: Validator): FastCheck => {
  const { patternProperties, additionalProperties, ...rest } = schema as TSchema & ObjectSchemaParts
  if (patternProperties !== PROPERTY_NAME_RULES || additionalProperties !== false) return (v) => exact.Check(v)
  const named = new Set(Object.keys((schema as ObjectSchemaParts).properties ?? {}))
  const shape = Compile(rest as TSchema) as Validator
  return (v) => shape.Check(v) && keysFollowNameRules(named, v)
}
