import { Compile } from 'typebox/compile'
import type { Validator } from 'typebox/compile'
import type { TSchema } from 'typebox'
import { fastCheckFor, type FastCheck } from './fast-check'
import { coreProperties, observableCoreProperties, stixObject } from './common-properties'
import { ExtensionDefinitionSchema, LanguageContentSchema, MarkingDefinitionSchema } from './meta-schemas'
import { objectRuleProblems } from './object-rules'
import { SCO_SCHEMAS } from './sco-schemas'
import { schemaProblems } from './schema-errors'
import { SDO_SCHEMAS } from './sdo-schemas'
import { SRO_SCHEMAS } from './sro-schemas'
import type { StixObject, StixProblem, StixValidation } from './stix-object'

const SCHEMA_BY_TYPE: ReadonlyMap<string, TSchema> = new Map<string, TSchema>([
  ...Object.entries(SDO_SCHEMAS),
  ...Object.entries(SRO_SCHEMAS),
  ...Object.entries(SCO_SCHEMAS),
  ['marking-definition', MarkingDefinitionSchema],
  ['language-content', LanguageContentSchema],
  ['extension-definition', ExtensionDefinitionSchema],
])

/** Custom objects are held to the common core only: their own properties are theirs to define. */
const CUSTOM_CORE = stixObject(coreProperties)
const CUSTOM_OBSERVABLE_CORE = stixObject(observableCoreProperties)

interface Compiled {
  exact: Validator
  fast: FastCheck
}

const compiled = new Map<TSchema, Compiled>()
const validatorFor = (schema: TSchema): Compiled => {
  let validator = compiled.get(schema)
  if (validator === undefined) {
    const exact = Compile(schema) as Validator
    validator = { exact, fast: fastCheckFor(schema, exact) }
    compiled.set(schema, validator)
  }
  return validator
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The extension types an object says it was created under (`new-sdo`, `new-sco`, ...). */
const declaredExtensionTypes = (o: Record<string, unknown>): string[] =>
  isRecord(o.extensions)
    ? Object.values(o.extensions).flatMap((e) => (isRecord(e) && typeof e.extension_type === 'string' ? [e.extension_type] : []))
    : []

/**
 * The schema for an object's type: STIX's own types have theirs; `x-` types and types declared
 * by an extension-definition (`new-sdo`/`new-sco`/`new-sro`) get the common core.
 */
const schemaFor = (o: Record<string, unknown>): { schema: TSchema } | { problem: StixProblem } => {
  const type = o.type
  if (typeof type !== 'string') {
    return { problem: { pointer: '/type', detail: type === undefined ? 'is required' : 'must be a string' } }
  }
  const known = SCHEMA_BY_TYPE.get(type)
  if (known !== undefined) return { schema: known }
  const extensionTypes = declaredExtensionTypes(o)
  if (extensionTypes.includes('new-sco')) return { schema: CUSTOM_OBSERVABLE_CORE }
  if (type.startsWith('x-') || extensionTypes.includes('new-sdo') || extensionTypes.includes('new-sro')) {
    return { schema: CUSTOM_CORE }
  }
  return { problem: { pointer: '/type', detail: `"${type}" is neither a STIX 2.1 type nor a custom (x-) or extension-defined one` } }
}

/**
 * Checks one STIX 2.1 object against the product's own schemas and the rules between its
 * properties. Pure: the object is neither changed nor copied.
 */
export const validateStixObject = (obj: unknown): StixValidation => {
  if (!isRecord(obj)) return { ok: false, errors: [{ pointer: '', detail: 'a STIX object must be a JSON object' }] }
  const found = schemaFor(obj)
  if ('problem' in found) return { ok: false, errors: [found.problem] }
  const { exact, fast } = validatorFor(found.schema)
  // The fast check only accepts; the exact schema decides (and explains) what it does not.
  if (!fast(obj) && !exact.Check(obj)) return { ok: false, errors: schemaProblems(exact.Errors(obj)) }
  const ruleProblems = objectRuleProblems(obj)
  if (ruleProblems.length > 0) return { ok: false, errors: ruleProblems }
  return { ok: true, object: obj as StixObject }
}
