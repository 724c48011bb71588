/** Intel: every member reads what TLP lets it see; people who work cases share (import) intel. */
import { forbidden } from '../../core/errors'
import { definePermissions, grant, READERS } from '../permissions'

const RELATIONS = {
  any: 'yes (TLP decides what it sees)',
}
type Relation = keyof typeof RELATIONS

export const intelPermissions = definePermissions({
  capability: 'intel',
  relations: RELATIONS,
  table: {
    read: { does: 'list, read, export and look up intel, with its sightings', read: true, grants: grant(READERS, ['any']) },
    import: { does: 'import STIX bundles and MISP events', grants: grant(['admin', 'coordinator', 'poc', 'analyst'], ['any']) },
  },
  relationsOf: (_actor, _subject: object): Relation[] => ['any'],
})

/** Refuses an actor whose roles do not include the action (a 403 naming what it may not do). */
export function requireIntel(actor: Parameters<typeof intelPermissions.may>[0], action: 'read' | 'import'): void {
  if (!intelPermissions.may(actor, action, {})) throw forbiddenIntel(action)
}

const forbiddenIntel = (action: 'read' | 'import') => forbidden(action === 'read' ? 'Your roles do not include reading intel' : 'Your roles do not include sharing intel')
