/** The deadline kind joint decisions arm, registered with the hub's deadline runner by the composition root. */
import type { DeadlineRegistration } from '../deadline-registry'
import { DEADLINE_KIND } from './decision.rows'
import { decideAtDeadline } from './decision.service'

export const decisionDeadlines: readonly DeadlineRegistration[] = [
  // A round's deadline: count the last answers, decide once, apply the effects in the same transaction.
  { kind: DEADLINE_KIND, fire: (u, proposalId) => decideAtDeadline(u, proposalId) },
]
