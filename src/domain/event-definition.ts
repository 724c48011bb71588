/**
 * How a capability defines the events it emits: a type name, what it means, and whether live
 * subscribers receive it ('feed') or only hub processes act on it ('control', e.g. a revoked
 * credential ending its open connections). The payload type rides along for the event map
 * (src/domain/event-map.ts); no payload value is ever stored here.
 */
export type EventDelivery = 'feed' | 'control'

export interface EventDefinition<P, D extends EventDelivery = EventDelivery> {
  readonly delivery: D
  /** One line: what happened. */
  readonly summary: string
  /** Never set: it carries the payload's type. */
  readonly payload?: P
}

export type EventDefinitions = Readonly<Record<string, EventDefinition<unknown>>>

/** An event live subscribers receive (subject to the TLP rule and the exercise wall). */
export const feedEvent = <P>(summary: string): EventDefinition<P, 'feed'> => ({ delivery: 'feed', summary })

/** An event for the hub's own processes: never sent to a live subscriber. */
export const controlEvent = <P>(summary: string): EventDefinition<P, 'control'> => ({ delivery: 'control', summary })
