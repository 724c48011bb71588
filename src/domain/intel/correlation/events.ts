/** The correlation event: one per recipient, per own object and value. */
import type { Tlp } from '../../../tlp'

export const CORRELATION_EVENT = 'intel.correlation'

/**
 * Whom to ask about a match one may not see: the hub's coordinators, who relay by correlation
 * id (the holder received the same id) without learning either side's content themselves.
 */
export const WHOM_TO_ASK = { role: 'coordinator', org: 'hub' } as const

/** Another member's object, disclosed because the recipient may see it. */
export interface DisclosedMatch {
  objectId: string
  type: string
  /** The holder organization: named only because its object is visible to the recipient. */
  orgId: string
  tlp: Tlp
}

export interface CorrelationPayload {
  /** Shared by every event about this value raised by the same upload. */
  correlationId: string
  /** The index key (`kind:value`), the recipient's own value. */
  key: string
  /** The recipient's own object that holds the value. */
  object: { id: string; type: string }
  matches: DisclosedMatch[]
  /** A member holds a match at a marking the recipient cannot see (no id, type or holder given). */
  hiddenMatch: boolean
  ask: typeof WHOM_TO_ASK | null
}
