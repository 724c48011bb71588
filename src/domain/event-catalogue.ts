/**
 * Every capability's event definitions at run time, for what must decide by type while running:
 * the live feed (feed or control?) and documentation. A type defined twice is refused at load.
 */
import { assistanceEvents } from './assistance'
import { capabilityEvents } from './capability'
import { decisionEvents } from './decision'
import type { EventDefinition, EventDefinitions } from './event-definition'
import { exerciseEvents } from './exercise'
import type { ControlEventType, EventType } from './event-map'
import { incidentEvents } from './incident'
import { intelEvents } from './intel'
import { memberEvents } from './members'

/** Merges definition sets; a type defined by two of them is an error naming it. */
export function mergeEventDefinitions(...sets: readonly EventDefinitions[]): ReadonlyMap<string, EventDefinition<unknown>> {
  const all = new Map<string, EventDefinition<unknown>>()
  for (const set of sets) {
    for (const [type, def] of Object.entries(set)) {
      if (all.has(type)) throw new Error(`event type "${type}" is defined twice`)
      all.set(type, def)
    }
  }
  return all
}

export const EVENT_DEFINITIONS = mergeEventDefinitions(assistanceEvents, capabilityEvents, decisionEvents, incidentEvents, intelEvents, memberEvents, exerciseEvents)

export const isEventType = (type: string): type is EventType => EVENT_DEFINITIONS.has(type)

/** Control events are for the hub's processes only; an unknown type is not one. */
export const isControlEvent = (type: string): type is ControlEventType => EVENT_DEFINITIONS.get(type)?.delivery === 'control'
