/**
 * Who may do what: one table per capability, role × action, deny by default.
 *
 * A cell of a table names the relations to the subject (the incident, the request, the target
 * organization …) under which a role may act; a role missing from an action's grants may not act
 * at all. `may()` asks the capability which relations hold between the actor and the subject, and
 * allows when one of the actor's roles is granted one of them. Two rules hold for every table and
 * are checked when it is defined: `observer` is granted only reads, and `controller` is granted
 * only by the exercises' own table (`exercises: true`): it runs exercises and acts nowhere else.
 */
// Types only: capabilities define their tables at load time, so this module must load before any of them.
import type { Actor, Role } from './members'

export interface Rule<R extends string> {
  /** One line for the README's role table. */
  does: string
  /** Reads change nothing; they are the only actions an observer may be granted. */
  read?: true
  /** Per role, the relations to the subject under which it may act. A role not listed may not. */
  grants: Partial<Record<Role, readonly R[]>>
}

export interface PermissionDefinition<A extends string, R extends string, S> {
  /** The capability, as the README names it. */
  capability: string
  /** What each relation means, in words (the README's cells). */
  relations: Record<R, string>
  table: Record<A, Rule<R>>
  /** Which relations hold between the actor and the subject. */
  relationsOf: (actor: Actor, subject: S) => Iterable<R>
  /** The exercises' table: the only one that may grant the controller. */
  exercises?: true
}

export interface Permissions<A extends string, R extends string, S> extends PermissionDefinition<A, R, S> {
  /** Deny by default: true only when one of the actor's roles is granted a relation that holds. */
  may: (actor: Actor, action: A, subject: S) => boolean
}

/** Refuses a table that grants an observer a write or a controller anything. */
function checkHouseRules<A extends string, R extends string>(capability: string, table: Record<A, Rule<R>>, exercises: boolean): void {
  for (const [action, rule] of Object.entries<Rule<R>>(table)) {
    if ((rule.grants.observer?.length ?? 0) > 0 && !rule.read) throw new Error(`${capability}.${action}: an observer is read-only`)
    if (!exercises && (rule.grants.controller?.length ?? 0) > 0) throw new Error(`${capability}.${action}: controller is reserved for exercises`)
  }
}

export function definePermissions<A extends string, R extends string, S>(def: PermissionDefinition<A, R, S>): Permissions<A, R, S> {
  checkHouseRules(def.capability, def.table, def.exercises === true)
  const may = (actor: Actor, action: A, subject: S): boolean => {
    const granted = new Set(actor.roles.flatMap((role) => def.table[action].grants[role] ?? []))
    if (granted.size === 0) return false
    for (const r of def.relationsOf(actor, subject)) if (granted.has(r)) return true
    return false
  }
  return { ...def, may }
}

/** Every role but the exercise-only controller, for reads open to all (a test holds it to ROLES). */
export const READERS: readonly Role[] = ['admin', 'coordinator', 'poc', 'analyst', 'observer']

/** The same relations for each of the roles, e.g. `grant(['admin', 'poc'], ['own-org'])`. */
export function grant<R extends string>(roles: readonly Role[], relations: readonly R[]): Partial<Record<Role, readonly R[]>> {
  return Object.fromEntries(roles.map((r) => [r, relations]))
}

