import type { TLocalizedValidationError } from 'typebox/error'
import type { StixProblem } from './stix-object'

const escapePointerToken = (token: string) => token.replace(/~/g, '~0').replace(/\//g, '~1')
const childPointer = (parent: string, name: string) => `${parent}/${escapePointerToken(name)}`

const isBranchOf = (branch: TLocalizedValidationError, union: TLocalizedValidationError) =>
  branch.schemaPath.startsWith(`${union.schemaPath}/${union.keyword}/`)

const UNION_KEYWORDS = new Set(['anyOf', 'oneOf'])

/** One schema error as problems naming the property at fault (a missing property is named too). */
const toProblems = (e: TLocalizedValidationError): StixProblem[] => {
  if (e.keyword === 'required') {
    return e.params.requiredProperties.map((p) => ({ pointer: childPointer(e.instancePath, p), detail: 'is required' }))
  }
  if (e.keyword === 'additionalProperties') {
    return e.params.additionalProperties.map((p) => ({
      pointer: childPointer(e.instancePath, p),
      detail: 'is not an allowed property name here',
    }))
  }
  // the per-property "schema is false" twin of additionalProperties, reported above
  if (e.keyword === 'boolean' && e.schemaPath.endsWith('/additionalProperties')) return []
  if (UNION_KEYWORDS.has(e.keyword)) return [{ pointer: e.instancePath, detail: 'has a type or value this property does not allow' }]
  return [{ pointer: e.instancePath, detail: e.message }]
}

/**
 * TypeBox errors to STIX problems: the failures inside a union's branches are folded into the
 * union's one error, and each property is reported once, with its first problem.
 */
export const schemaProblems = (errors: TLocalizedValidationError[]): StixProblem[] => {
  const unions = errors.filter((e) => UNION_KEYWORDS.has(e.keyword))
  const outsideBranches = errors.filter((e) => !unions.some((u) => u !== e && isBranchOf(e, u)))
  const byPointer = new Map<string, StixProblem>()
  for (const p of outsideBranches.flatMap(toProblems)) if (!byPointer.has(p.pointer)) byPointer.set(p.pointer, p)
  return [...byPointer.values()]
}
