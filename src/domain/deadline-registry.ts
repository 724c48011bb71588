/**
 * Deadlines by kind: each capability registers the kinds it arms and what firing one does; the
 * runner (src/jobs/deadlines.ts) dispatches through a registry the composition root builds, so it
 * knows no capability. A kind registered twice is refused when the registry is built.
 */
import type { Deps } from './deps'
import type { Unit } from './unit-of-work'

/** Work a handler leaves for after its unit committed (publishing events of nested use cases). */
export type AfterCommit = () => Promise<void>

/** What firing one deadline does, inside the unit of work that also claims it; it may return work for after the commit. */
export type DeadlineHandler = (u: Unit, subjectId: string, deps: Deps) => Promise<void | AfterCommit>

/** One deadline kind a capability arms, with its effect. */
export interface DeadlineRegistration {
  /** The `deadline.kind` value, e.g. `assistance.answer`. */
  kind: string
  fire: DeadlineHandler
}

export interface DeadlineRegistry {
  /** The handler of `kind`, or undefined for a kind nobody registered. */
  handlerOf(kind: string): DeadlineHandler | undefined
  readonly kinds: readonly string[]
}

export class DeadlineKindError extends Error {}

export function deadlineRegistry(registrations: readonly DeadlineRegistration[]): DeadlineRegistry {
  const handlers = new Map<string, DeadlineHandler>()
  for (const r of registrations) {
    if (handlers.has(r.kind)) throw new DeadlineKindError(`deadline kind "${r.kind}" is registered twice`)
    handlers.set(r.kind, r.fire)
  }
  return { handlerOf: (kind) => handlers.get(kind), kinds: [...handlers.keys()] }
}
