/**
 * A STIX 2.1 bundle of what the viewer may see, as text chunks: the rows are read page by page
 * and written as they come. Each object carries the hub's TLP as its TLP marking ref (its own
 * TLP refs are replaced, other refs kept), and the TLP 2.0 marking definitions referenced close
 * the bundle.
 */
import { newId } from '../../../core/ids'
import type { Tlp } from '../../../tlp'
import type { Deps } from '../../deps'
import type { Actor } from '../../members'
import type { ObjectFilter } from '../intel'
import type { ObjectRow } from '../intel.store'
import { EXERCISE_EXTENSION_DEFINITION, markAsExercise, markingRefFor, TLP_2_MARKING_DEFINITIONS, tlpOfMarkingRefs } from '../../../formats/stix'
import { StrictReads, visibleRows } from './read-objects'

const isTlpDefinition = (id: string): boolean => tlpOfMarkingRefs([id]) !== null

/** The object as exported: the hub's marking in place of the TLP refs it came with. */
export function exportedObject(row: ObjectRow): Record<string, unknown> {
  const obj = JSON.parse(row.json) as Record<string, unknown>
  const refs = Array.isArray(obj.object_marking_refs) ? (obj.object_marking_refs as string[]) : []
  obj.object_marking_refs = [markingRefFor(row.tlp as Tlp), ...refs.filter((r) => !isTlpDefinition(r))]
  return obj
}

export async function* exportStixBundle(deps: Deps, viewer: Actor, filter: ObjectFilter): AsyncGenerator<string> {
  const used = new Set<Tlp>()
  const strict = new StrictReads()
  let first = true
  yield `{"type":"bundle","id":"bundle--${newId()}","objects":[`
  for await (const page of visibleRows(deps, viewer, filter)) {
    const parts: string[] = []
    for (const row of page) {
      // The hub writes its own TLP definitions below; stored copies would be duplicates.
      if (row.type === 'marking-definition' && isTlpDefinition(row.id)) continue
      used.add(row.tlp as Tlp)
      strict.note(row.id, row.tlp)
      const obj = exportedObject(row)
      // Exercise material says so on every object, so that a leaked file is not taken for real.
      parts.push(JSON.stringify(viewer.exerciseId === null ? obj : markAsExercise(obj, viewer.exerciseId)))
    }
    if (parts.length === 0) continue
    yield `${first ? '' : ','}\n${parts.join(',\n')}`
    first = false
  }
  const defs = [...used].map((t) => JSON.stringify(TLP_2_MARKING_DEFINITIONS[t]))
  if (viewer.exerciseId !== null && !first) defs.push(JSON.stringify(EXERCISE_EXTENSION_DEFINITION))
  if (defs.length > 0) yield `${first ? '' : ','}\n${defs.join(',\n')}`
  yield '\n]}\n'
  await strict.audit(deps, viewer, 'intel.export', 'bundle')
}
