/** Organizations, users and roles, and the rules of who may manage whom. */
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

export const hasRole = (a: Actor, r: Role): boolean => a.roles.includes(r)
export const hasAnyRole = (a: Actor, roles: readonly Role[]): boolean => a.roles.some((r) => roles.includes(r))

export const isHubAdmin = (a: Actor): boolean => a.orgKind === 'hub' && hasRole(a, 'admin')

/** Only an admin of the hub admits organizations. */
export const mayAdmitOrgs = (a: Actor): boolean => isHubAdmin(a)

/**
 * An admin manages the users of its own organization and of its descendants; the hub's admins
 * manage every organization's users (they enrol each nation's first admin). Every such act is
 * audited with the acting admin named.
 */
export const mayManageUsersOf = (a: Actor, targetOrgChain: readonly string[]): boolean =>
  hasRole(a, 'admin') && (isHubAdmin(a) || targetOrgChain.includes(a.orgId))

export const parseRoles = (s: string): Role[] => s.split(',').filter((r): r is Role => (ROLES as readonly string[]).includes(r))
