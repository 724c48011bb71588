/**
 * Puts test events through the real path: a unit of work, a saved marking, the outbox, the bus.
 * Their types are the tests' own (t.red, …), so the unit of work is told not to hold them to the hub's event map.
 */
import type { EmittedEvent } from '../src/domain/unit-of-work'
import { unitOfWork, type UncheckedEvents } from '../src/domain/unit-of-work'
import type { Deps } from '../src/domain/deps'
import { saveMarking } from '../src/store/marking.store'
import type { Marking } from '../src/tlp'

export interface TestEvent {
  type: string
  marking: Marking
  subject?: { incidentId?: string; requestId?: string; objectId?: string }
  payload?: unknown
  exerciseId?: string | null
}

export async function emitEvents(deps: Deps, events: readonly TestEvent[]): Promise<EmittedEvent[]> {
  return unitOfWork<EmittedEvent[], UncheckedEvents>(deps, async (u) => {
    const out: EmittedEvent[] = []
    for (const e of events) {
      const markingId = await saveMarking(u.tx, e.marking, u.at)
      out.push(await u.emit({ type: e.type, markingId, marking: e.marking, subject: e.subject ?? {}, payload: e.payload ?? {}, exerciseId: e.exerciseId ?? null }))
    }
    return out
  })
}

export const emitEvent = async (deps: Deps, e: TestEvent): Promise<EmittedEvent> => (await emitEvents(deps, [e]))[0]!
