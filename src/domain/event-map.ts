/**
 * THE event map: every event type the hub emits, with its payload type, built from each
 * capability's definitions (`<capability>/<capability>.events.ts`). `Unit.emit` is checked against
 * it, so an unknown type or a wrong payload does not compile.
 *
 * A type-only module with no runtime dependencies: the web console, the TAXII layer and the CLI
 * import it (`import type`) to read live-feed frames with their payloads typed. The wire format is
 * the DomainEvent envelope (src/bus/event.ts); this only names what `type` and `payload` hold.
 */
import type { DomainEvent } from '../bus/event'
import type { assistanceEvents } from './assistance'
import type { capabilityEvents } from './capability'
import type { decisionEvents } from './decision'
import type { EventDefinition } from './event-definition'
import type { exerciseEvents } from './exercise'
import type { incidentEvents } from './incident'
import type { intelEvents } from './intel'
import type { memberEvents } from './members'

/** Every capability's definitions; a new capability adds its own here (and to event-catalogue.ts). */
export type EventDefinitionsOfHub = typeof assistanceEvents & typeof capabilityEvents & typeof decisionEvents & typeof incidentEvents & typeof intelEvents & typeof memberEvents & typeof exerciseEvents

type PayloadOf<D> = D extends EventDefinition<infer P> ? P : never

/** Event type → payload type. */
export type EventMap = { [K in keyof EventDefinitionsOfHub & string]: PayloadOf<EventDefinitionsOfHub[K]> }

export type EventType = keyof EventMap

/** The types a live subscriber can receive (control events never leave the hub's processes). */
export type FeedEventType = { [K in EventType]: EventDefinitionsOfHub[K]['delivery'] extends 'feed' ? K : never }[EventType]

export type ControlEventType = Exclude<EventType, FeedEventType>

/** An event with its payload tied to its type: narrow on `type` to read the payload typed. */
export type HubEvent<T extends EventType = EventType> = { [K in T]: Omit<DomainEvent<EventMap[K]>, 'type'> & { type: K } }[T]

/** What a live-feed frame (`{"kind":"event","event":…}`) carries. */
export type FeedEvent = HubEvent<FeedEventType>
