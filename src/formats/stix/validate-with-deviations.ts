import { acceptedDeviation, redefinedTlpMarking, repairDeviations } from './deviation-rules'
import type { AppliedDeviation } from './deviations'
import type { StixObject, StixProblem } from './stix-object'
import { validateStixObject } from './validate-stix-object'

export type DeviationValidation =
  | { ok: true; object: StixObject; applied: AppliedDeviation[] }
  | { ok: false; errors: StixProblem[]; applied: AppliedDeviation[] }

const NONE: AppliedDeviation[] = []

/**
 * Validates one object as an import does: the deviation table (deviations.ts) applied first
 * (repairs), then STIX 2.1, with the problems the table accepts let through. `strict` applies no
 * repair and accepts nothing, so what STIX 2.1 refuses is refused; a deviation the table refuses
 * is refused in both modes. `applied` names every deviation found, whatever the outcome.
 */
export function validateWithDeviations(raw: unknown, strict: boolean): DeviationValidation {
  const refused = redefinedTlpMarking(raw)
  if (refused !== null) return { ok: false, errors: [{ pointer: '', detail: `${refused.deviation} (refused): ${refused.detail}` }], applied: [refused] }
  if (strict) {
    const v = validateStixObject(raw)
    return v.ok ? { ok: true, object: v.object, applied: NONE } : { ok: false, errors: v.errors, applied: NONE }
  }
  const repaired = repairDeviations(raw)
  const v = validateStixObject(repaired.object)
  if (v.ok) return { ok: true, object: v.object, applied: repaired.applied }
  const object = repaired.object as Record<string, unknown>
  const accepted = v.errors.map((p) => acceptedDeviation(object, p))
  if (accepted.every((a) => a !== null)) return { ok: true, object: object as StixObject, applied: [...repaired.applied, ...accepted] }
  return { ok: false, errors: v.errors, applied: repaired.applied }
}
