import { SCO_AT_LEAST_ONE_OF } from './sco-schemas'
import type { StixProblem } from './stix-object'
import type { ScoType } from './stix-kinds'
import { typeOfId } from './stix-kinds'


type Obj = Record<string, unknown>
type Rule = (o: Obj) => StixProblem[]

const problem = (property: string, detail: string): StixProblem[] => [{ pointer: `/${property}`, detail }]
const has = (o: Obj, p: string) => o[p] !== undefined

/**
 * `later` must not come before `earlier` (or must come strictly after it). Both are RFC 3339 UTC
 * strings already checked by the schema; their instants are compared, not their text, since
 * precision may differ.
 */
const ordered = (earlier: string, later: string, strict = false): Rule => (o) => {
  const a = o[earlier]
  const b = o[later]
  if (typeof a !== 'string' || typeof b !== 'string') return []
  const diff = compareTimestamps(b, a)
  if (diff > 0 || (diff === 0 && !strict)) return []
  return problem(later, `must be ${strict ? 'later than' : 'the same as or later than'} ${earlier}`)
}

/**
 * Both end in `Z` and have at most one `.`, at the same place: then comparing seconds, then
 * fractions of the same width, is comparing the texts.
 */
const sameShape = (a: string, b: string): boolean => {
  const n = a.length
  if (n !== b.length || a.charCodeAt(n - 1) !== 0x5a || b.charCodeAt(n - 1) !== 0x5a) return false
  const dot = a.indexOf('.')
  return dot === b.indexOf('.') && dot === a.lastIndexOf('.') && dot === b.lastIndexOf('.')
}

/** Compares two RFC 3339 UTC timestamps at full sub-second precision. */
export const compareTimestamps = (a: string, b: string): number => {
  if (sameShape(a, b)) return a === b ? 0 : a < b ? -1 : 1
  const [aSec = '', aFrac = ''] = a.replace(/Z$/, '').split('.')
  const [bSec = '', bFrac = ''] = b.replace(/Z$/, '').split('.')
  if (aSec !== bSec) return aSec < bSec ? -1 : 1
  const width = Math.max(aFrac.length, bFrac.length)
  const af = aFrac.padEnd(width, '0')
  const bf = bFrac.padEnd(width, '0')
  return af === bf ? 0 : af < bf ? -1 : 1
}

const atLeastOneOf = (...properties: readonly string[]): Rule => (o) =>
  properties.some((p) => has(o, p)) ? [] : problem(properties[0] ?? '', `one of ${properties.join(', ')} is required`)

const notBoth = (present: string, absent: string): Rule => (o) =>
  has(o, present) && has(o, absent) ? problem(absent, `must not be present together with ${present}`) : []

const requiresAlso = (present: string, needed: string): Rule => (o) =>
  has(o, present) && !has(o, needed) ? problem(needed, `is required when ${present} is present`) : []

/** The identifier's type must be the object's type. */
const idMatchesType: Rule = (o) =>
  typeof o.id === 'string' && typeof o.type === 'string' && typeOfId(o.id) !== o.type
    ? problem('id', `must start with "${o.type}--"`)
    : []

const granularMarkingsChooseOne: Rule = (o) => {
  if (!Array.isArray(o.granular_markings)) return []
  return o.granular_markings.flatMap((m: unknown, i): StixProblem[] => {
    if (typeof m !== 'object' || m === null) return []
    const hasRef = 'marking_ref' in m
    const hasLang = 'lang' in m
    if (hasRef === hasLang) {
      return [{ pointer: `/granular_markings/${i}/marking_ref`, detail: 'exactly one of marking_ref and lang is required' }]
    }
    return []
  })
}

const malwareFamilyIsNamed: Rule = (o) =>
  o.is_family === true && !has(o, 'name') ? problem('name', 'is required when is_family is true') : []

const locationIsPlaced: Rule[] = [
  (o) => (has(o, 'region') || has(o, 'country') || (has(o, 'latitude') && has(o, 'longitude'))
    ? []
    : problem('region', 'one of region, country, or latitude with longitude is required')),
  requiresAlso('latitude', 'longitude'),
  requiresAlso('longitude', 'latitude'),
  requiresAlso('precision', 'latitude'),
]

const emailBodyMatchesMultipart: Rule = (o) => {
  if (o.is_multipart === true && has(o, 'body')) return problem('body', 'must not be present when is_multipart is true')
  if (o.is_multipart === false && has(o, 'body_multipart')) return problem('body_multipart', 'must not be present when is_multipart is false')
  return []
}

/** An active flow has not ended yet. */
const activeTrafficHasNoEnd: Rule = (o) =>
  o.is_active === true && has(o, 'end') ? problem('end', 'must not be present while is_active is true') : []

const extensionPropertiesOnlyForToplevel: Rule = (o) =>
  has(o, 'extension_properties') &&
  !(Array.isArray(o.extension_types) && o.extension_types.includes('toplevel-property-extension'))
    ? problem('extension_properties', 'is allowed only with extension type toplevel-property-extension')
    : []

const TLP_1_LEVELS = ['white', 'green', 'amber', 'red']

const markingDefinitionIsDefined: Rule = (o) => {
  if (!has(o, 'definition_type') && !has(o, 'definition')) {
    return has(o, 'extensions') ? [] : problem('definition_type', 'is required unless the marking is defined by an extension')
  }
  if (!has(o, 'definition_type')) return problem('definition_type', 'is required with definition')
  if (!has(o, 'definition')) return problem('definition', 'is required with definition_type')
  const definition = o.definition as Obj
  if (o.definition_type === 'statement' && typeof definition.statement !== 'string') {
    return [{ pointer: '/definition/statement', detail: 'a statement marking needs a statement string' }]
  }
  if (o.definition_type === 'tlp' && !TLP_1_LEVELS.includes(definition.tlp as string)) {
    return [{ pointer: '/definition/tlp', detail: `must be one of ${TLP_1_LEVELS.join(', ')}` }]
  }
  return []
}

/** Rules no schema keyword states well: orderings in time and choices between properties. */
const RULES_BY_TYPE: Readonly<Record<string, readonly Rule[]>> = {
  campaign: [ordered('first_seen', 'last_seen')],
  indicator: [ordered('valid_from', 'valid_until', true)],
  infrastructure: [ordered('first_seen', 'last_seen')],
  'intrusion-set': [ordered('first_seen', 'last_seen')],
  location: locationIsPlaced,
  malware: [malwareFamilyIsNamed, ordered('first_seen', 'last_seen')],
  'malware-analysis': [atLeastOneOf('result', 'analysis_sco_refs')],
  'observed-data': [
    ordered('first_observed', 'last_observed'),
    atLeastOneOf('object_refs', 'objects'),
    notBoth('object_refs', 'objects'),
  ],
  'threat-actor': [ordered('first_seen', 'last_seen')],
  relationship: [ordered('start_time', 'stop_time', true)],
  sighting: [ordered('first_seen', 'last_seen')],
  artifact: [
    atLeastOneOf('payload_bin', 'url'),
    notBoth('payload_bin', 'url'),
    requiresAlso('url', 'hashes'),
    requiresAlso('decryption_key', 'encryption_algorithm'),
  ],
  'email-message': [emailBodyMatchesMultipart],
  'network-traffic': [ordered('start', 'end'), activeTrafficHasNoEnd],
  'extension-definition': [extensionPropertiesOnlyForToplevel],
  'marking-definition': [markingDefinitionIsDefined],
}

const atLeastOneOwnProperty = (type: string): readonly Rule[] => {
  const properties = SCO_AT_LEAST_ONE_OF[type as ScoType]
  return properties === undefined ? [] : [atLeastOneOf(...properties)]
}

const COMMON_RULES: readonly Rule[] = [idMatchesType, granularMarkingsChooseOne, ordered('created', 'modified')]

const rulesOf = (type: string): readonly Rule[] =>
  [...COMMON_RULES, ...(RULES_BY_TYPE[type] ?? []), ...atLeastOneOwnProperty(type)]

/** Built once for the types that have rules of their own; any other type (custom ones) has the common rules. */
const RULES_BY_KNOWN_TYPE = new Map<string, readonly Rule[]>(
  [...Object.keys(RULES_BY_TYPE), ...Object.keys(SCO_AT_LEAST_ONE_OF)].map((type) => [type, rulesOf(type)]),
)

const rulesFor = (type: string): readonly Rule[] => RULES_BY_KNOWN_TYPE.get(type) ?? rulesOf(type)

/** Problems the schemas cannot see, for an object whose shape the schemas already accepted. */
export const objectRuleProblems = (o: Obj): StixProblem[] => {
  const problems: StixProblem[] = []
  for (const rule of rulesFor(String(o.type))) {
    const found = rule(o)
    if (found.length > 0) problems.push(...found)
  }
  return problems
}
