/**
 * What marks an exported object as exercise material, so that a leaked file cannot be taken for
 * real intelligence: on every STIX object a property extension (the hub's extension definition,
 * closing the bundle) naming the exercise, and on every SDO and SRO the label `exercise` too
 * (SCOs have no labels). MISP events and each of their attributes carry the tag
 * `shieldwall:exercise="<id>"` beside the MISP taxonomy's own `exercise` tag.
 */
const SDO_OR_SRO_WITHOUT_LABELS = new Set(['marking-definition', 'extension-definition', 'language-content'])

export const EXERCISE_EXTENSION_ID = 'extension-definition--5c3f5d3e-2f0e-4b1a-9a57-6e1f0d9c4e21'
export const EXERCISE_LABEL = 'exercise'
export const EXERCISE_NOTICE = 'EXERCISE MATERIAL: produced in a Shieldwall exercise; not real intelligence'

/** The hub's extension definition (created once, fixed), written into each exercise bundle. */
export const EXERCISE_EXTENSION_DEFINITION = {
  type: 'extension-definition',
  spec_version: '2.1',
  id: EXERCISE_EXTENSION_ID,
  created_by_ref: 'identity--8a4b7cbb-0d37-4b8f-8e0a-1f4c9b2f2e31',
  created: '2026-11-30T00:00:00.000Z',
  modified: '2026-11-30T00:00:00.000Z',
  name: 'Shieldwall exercise',
  description: 'Marks an object exported from a Shieldwall exercise (exercise_id, notice): not real intelligence.',
  schema: 'https://github.com/shieldwall/shieldwall/blob/main/docs/exercise-extension.md',
  version: '1.0.0',
  extension_types: ['property-extension'],
} as const

const isSco = (obj: Record<string, unknown>): boolean => !('created' in obj) && obj.type !== 'relationship' && obj.type !== 'sighting'

/** The object marked as exercise material (a copy). */
export function markAsExercise(obj: Record<string, unknown>, exerciseId: string): Record<string, unknown> {
  const out: Record<string, unknown> = { ...obj }
  const extensions = typeof obj.extensions === 'object' && obj.extensions !== null ? (obj.extensions as Record<string, unknown>) : {}
  out.extensions = { ...extensions, [EXERCISE_EXTENSION_ID]: { extension_type: 'property-extension', exercise_id: exerciseId, notice: EXERCISE_NOTICE } }
  if (!isSco(obj) && !SDO_OR_SRO_WITHOUT_LABELS.has(String(obj.type))) {
    const labels = Array.isArray(obj.labels) ? (obj.labels as string[]) : []
    out.labels = labels.includes(EXERCISE_LABEL) ? labels : [...labels, EXERCISE_LABEL]
  }
  return out
}

/** The MISP tags an exercise export carries on its event and on each attribute. */
export const exerciseMispTags = (exerciseId: string): { name: string }[] => [{ name: 'exercise' }, { name: `shieldwall:exercise="${exerciseId}"` }]
