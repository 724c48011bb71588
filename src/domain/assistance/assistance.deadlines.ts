/** The deadline kinds assistance arms, registered with the hub's deadline runner by the composition root. */
import type { DeadlineRegistration } from '../deadline-registry'
import { ANSWER_DEADLINE, DEFAULT_OFFER_PARALLEL, onAnswerDeadline } from './rounds'

export const assistanceDeadlines: readonly DeadlineRegistration[] = [
  // An offer round's answer window closed: expire what is unanswered, go ahead, match again or escalate.
  { kind: ANSWER_DEADLINE, fire: (u, requestId, deps) => onAnswerDeadline(u, requestId, deps.offerParallel ?? DEFAULT_OFFER_PARALLEL) },
]
