/** The deadline kind exercises arm: an inject's time on the virtual clock. */
import type { DeadlineRegistration } from '../deadline-registry'
import { INJECT_DEADLINE, onInjectDeadline } from './runner'

export { INJECT_DEADLINE }

export const exerciseDeadlines: readonly DeadlineRegistration[] = [{ kind: INJECT_DEADLINE, fire: onInjectDeadline }]
