import { eventById } from '../../store/outbox'
import type { DeadlineRegistration } from '../deadline-registry'
import { escalate, ESCALATION_DEADLINE } from './derive'

/** An on-duty call nobody acknowledged in time goes to the next person on duty. */
export const notifyDeadlines: readonly DeadlineRegistration[] = [
  { kind: ESCALATION_DEADLINE, fire: (u, escalationId) => escalate(u.tx, u.now, escalationId, (id) => eventById(u.tx, id)) },
]
