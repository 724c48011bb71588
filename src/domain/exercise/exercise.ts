/**
 * Exercises: their states and their virtual clock, as pure rules.
 *
 * The clock is an anchor: scenario time `anchorScenario` was shown at wall time `anchorWall`, and
 * from there scenario time runs `speed` times faster than the wall. A stopped clock (planned,
 * paused, ended) has no wall anchor and shows `anchorScenario`. Pause, resume and jump only move the
 * anchor, so the clock never needs a ticking process: any process computes it from the row.
 */
export const EXERCISE_STATES = ['planned', 'running', 'paused', 'ended'] as const
export type ExerciseState = (typeof EXERCISE_STATES)[number]

export type ExerciseStep = 'start' | 'pause' | 'resume' | 'end'

/** Which state each step leads to, from which states. */
export const EXERCISE_STEPS: Record<ExerciseStep, { from: readonly ExerciseState[]; to: ExerciseState }> = {
  start: { from: ['planned'], to: 'running' },
  pause: { from: ['running'], to: 'paused' },
  resume: { from: ['paused'], to: 'running' },
  end: { from: ['planned', 'running', 'paused'], to: 'ended' },
}

export interface VirtualClock {
  anchorScenario: string
  /** Null: the clock stands at anchorScenario. */
  anchorWall: string | null
  speed: number
}

/** Scenario time shown by the clock at wall time `wall`. */
export function scenarioNow(c: VirtualClock, wall: Date): Date {
  const base = Date.parse(c.anchorScenario)
  if (c.anchorWall === null) return new Date(base)
  return new Date(base + (wall.getTime() - Date.parse(c.anchorWall)) * c.speed)
}

/** Wall time at which a running clock shows `scenario` (never before the anchor). */
export function wallAt(c: VirtualClock & { anchorWall: string }, scenario: Date): Date {
  const ahead = Math.max(0, scenario.getTime() - Date.parse(c.anchorScenario))
  return new Date(Date.parse(c.anchorWall) + Math.ceil(ahead / c.speed))
}

/** The clock stopped where it shows at `wall`. */
export const stopped = (c: VirtualClock, wall: Date): VirtualClock => ({ ...c, anchorScenario: scenarioNow(c, wall).toISOString(), anchorWall: null })

/** The clock set going from where it stands, at `wall`. */
export const started = (c: VirtualClock, wall: Date): VirtualClock => ({ ...c, anchorScenario: scenarioNow(c, wall).toISOString(), anchorWall: wall.toISOString() })

/** The clock moved forward to scenario time `to`, running on (or standing) as before. */
export const jumped = (c: VirtualClock, wall: Date, to: Date): VirtualClock => ({ ...c, anchorScenario: to.toISOString(), anchorWall: c.anchorWall === null ? null : wall.toISOString() })

/** Scenario minutes between two wall instants at the exercise's speed. */
export const scenarioMinutes = (wallMs: number, speed: number): number => (wallMs * speed) / 60_000
