/** Time comes through a clock so that deadlines and exercises can run on an injected one. */
export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

/** A clock that only moves when told to: for tests and for exercises run on virtual time. */
export class ManualClock implements Clock {
  #ms: number
  constructor(start: Date | string = '2026-01-01T00:00:00.000Z') {
    this.#ms = new Date(start).getTime()
  }
  now(): Date {
    return new Date(this.#ms)
  }
  advance(ms: number): void {
    this.#ms += ms
  }
  set(to: Date | string): void {
    this.#ms = new Date(to).getTime()
  }
}

export const HOUR_MS = 3_600_000
export const iso = (d: Date): string => d.toISOString()
