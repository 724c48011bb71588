import type { Marking, MaybeViewer } from './marking'
import type { Scope } from './scope'

/**
 * THE visibility rule of the hub. Every interface decides what a viewer may see through this
 * function or through the SQL filter built from the same rules (sql-filter.ts); a property test
 * holds the two to the same answers.
 *
 * - CLEAR: anyone, also unauthenticated readers.
 * - GREEN: every member of the hub.
 * - AMBER: the audience organizations and their descendants, and the named users.
 * - AMBER+STRICT: the audience organizations only, and the named users.
 * - RED: the named users only.
 *   (AMBER's named users let a report reach its nation's points of contact without opening it
 *   to every organization under that nation.)
 * - The originator always sees its own: the originating user at every level, the originating
 *   organization at every level but RED (RED is for named individuals, not their colleagues).
 * - No role widens this: roles are not even an input.
 */
export function canSee(viewer: MaybeViewer, m: Marking): boolean {
  if (m.tlp === 'CLEAR') return true
  if (viewer === null) return false
  if (m.originatorUser !== null && viewer.userId === m.originatorUser) return true
  switch (m.tlp) {
    case 'GREEN':
      return true
    case 'AMBER':
      return viewer.orgId === m.originatorOrg || viewer.orgChain.some((o) => m.audienceOrgs.includes(o)) || m.audienceUsers.includes(viewer.userId)
    case 'AMBER+STRICT':
      return viewer.orgId === m.originatorOrg || m.audienceOrgs.includes(viewer.orgId) || m.audienceUsers.includes(viewer.userId)
    case 'RED':
      return m.audienceUsers.includes(viewer.userId)
  }
}

/**
 * The exercise wall on top of canSee(): something of world `exerciseId` (null: the real world)
 * reaches a scope only in that same world, and only if its marking lets the viewer see it. The
 * SQL twin is scopeVisibleTo() in sql-filter.ts, held to the same answers by its property test.
 */
export function inScope(scope: Scope, m: Marking, exerciseId: string | null): boolean {
  return exerciseId === scope.exerciseId && canSee(scope.viewer, m)
}
