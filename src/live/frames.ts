import type { Clock } from '../core/clock'
import type { DomainEvent } from '../bus/event'

/** The text frames of the live feed, the same over WebSocket and SSE. */
export const eventFrame = (event: DomainEvent): string => JSON.stringify({ kind: 'event', event })

export const heartbeatFrame = (at: Date): string => JSON.stringify({ kind: 'heartbeat', at: at.toISOString() })

/** Close code and reason for a subscriber dropped because it does not read fast enough. */
export const SLOW_CONSUMER = { code: 4008, reason: 'slow consumer' } as const

/**
 * Runs `beat` every `intervalMs` with the clock's time, for adapters that keep idle connections
 * alive through proxies. Returns the function that stops it.
 */
export function startHeartbeats(beat: (at: Date) => void, intervalMs: number, clock: Clock): () => void {
  const timer = setInterval(() => beat(clock.now()), intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}
