/** Organizations, users and roles (who may do what: members.permissions.ts and each capability's table). */
import type { Viewer } from '../../tlp/marking'
import type { Scope } from '../../tlp/scope'

export const ORG_KINDS = ['hub', 'nation', 'agency', 'cert', 'partner'] as const
export type OrgKind = (typeof ORG_KINDS)[number]

export const ROLES = ['admin', 'coordinator', 'poc', 'analyst', 'controller', 'observer'] as const
export type Role = (typeof ROLES)[number]

export interface Org {
  id: string
  name: string
  kind: OrgKind
  country: string | null
  parentId: string | null
  createdAt: string
}

export interface User {
  id: string
  orgId: string
  email: string
  displayName: string
  roles: Role[]
  createdAt: string
  disabledAt: string | null
}

/** An authenticated user, as every use case receives it: the TLP viewer plus roles. */
export interface Actor extends Viewer {
  email: string
  roles: readonly Role[]
  orgKind: OrgKind
  /** The nation the actor's organization belongs to (itself for a nation), null for the hub. */
  nationId: string | null
  /**
   * The world the actor acts in: an exercise's id, or null for the real world (the default).
   * Every read is walled to it and every write records it (see tlp/scope.ts).
   */
  exerciseId: string | null
}

/** What the actor may read: its TLP viewer in its world. */
export const scopeOfActor = (a: Actor): Scope => ({ viewer: a, exerciseId: a.exerciseId })

/** The same actor, acting in another world (an exercise, or null: the real world). */
export const inExercise = (a: Actor, exerciseId: string | null): Actor => ({ ...a, exerciseId })

/** Which kind of parent each kind of organization sits under. */
export const PARENT_KIND: Record<Exclude<OrgKind, 'hub'>, OrgKind> = {
  nation: 'hub',
  agency: 'nation',
  cert: 'nation',
  partner: 'nation',
}

export const parseRoles = (s: string): Role[] => s.split(',').filter((r): r is Role => (ROLES as readonly string[]).includes(r))

/** The one role helper every permission check goes through. */
export const hasAnyRole = (a: Pick<Actor, 'roles'>, roles: readonly Role[]): boolean => a.roles.some((r) => roles.includes(r))

/**
 * How the actor stands to a nation: its own organization is the nation, or is a CERT under it.
 * A point of contact of a nation's CERT acts for the nation (the tables grant that to `poc` only).
 */
export function standingToNation(a: Actor, nationId: string | null | undefined): 'nation' | 'nation-cert' | null {
  if (nationId === null || nationId === undefined) return null
  if (a.orgKind === 'nation' && a.orgId === nationId) return 'nation'
  if (a.orgKind === 'cert' && a.nationId === nationId) return 'nation-cert'
  return null
}
