import { tlpOfMarkingRefs } from '../../../formats/stix'
import type { PreparedObject } from './prepared'

/**
 * What the summary says of a TLP marking-definition in an import: the hub does not keep TLP as
 * STIX markings but as its own marking rows, so the definition is not an object that comes back
 * on export; the objects that refer to it come back under the hub's marking of that level.
 */
export function tlpDefinitionNote(obj: PreparedObject): string | null {
  if (obj.type !== 'marking-definition') return null
  const tlp = tlpOfMarkingRefs([obj.id], new Map([[obj.id, JSON.parse(obj.json) as object]]))
  if (tlp === null) return null
  return `${obj.id} is a TLP:${tlp} marking-definition: mapped to the hub's marking TLP:${tlp}; objects that refer to it are exported with the hub's own TLP:${tlp} marking`
}
