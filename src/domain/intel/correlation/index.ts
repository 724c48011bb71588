/**
 * Correlation of newly indexed observable values. The import calls `correlateNewPostings` in its
 * transaction, once the rows and postings of a batch are written.
 *
 * Placeholder: the correlation module (developed in parallel) replaces this file with the engine
 * that finds other holders of the same keys and emits correlation events. Until it lands, new
 * postings raise no correlation.
 */
import type { Deps } from '../../deps'
import type { Actor } from '../../members'
import type { Unit } from '../../unit-of-work'

/** One observable key of one stored object version, as written to intel_posting. */
export interface NewPosting {
  key: string
  rowId: number
  stixId: string
  orgId: string
  markingId: string
  exerciseId: string | null
}

export async function correlateNewPostings(_u: Unit, _deps: Deps, _input: { actor: Actor; postings: readonly NewPosting[] }): Promise<void> {}
