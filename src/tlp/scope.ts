import type { MaybeViewer } from './marking'

/**
 * Who is looking, and in which world: the real one (`exerciseId` null) or one exercise. Real
 * traffic and exercise traffic never meet: a row or an event is in scope only when its world is
 * the scope's world AND its marking lets the viewer see it (inScope, scopeVisibleTo).
 */
export interface Scope {
  viewer: MaybeViewer
  /** The exercise acted in; null: the real world. */
  exerciseId: string | null
}
