/**
 * The inject runner: every pending inject of a running exercise has one armed deadline (kind
 * `exercise.inject`) at the wall time its scenario time comes round on the virtual clock. The
 * deadline registry fires it once across processes and restarts; claimRelease makes a release
 * (by the clock or by a controller's hand) happen once. Pause, jump and end disarm them; start,
 * resume and jump arm the pending ones again from the moved clock.
 */
import { armDeadline } from '../../store/deadlines'
import { saveMarking } from '../../store/marking.store'
import type { Marking } from '../../tlp'
import type { AfterCommit } from '../deadline-registry'
import type { Deps } from '../deps'
import { findHub } from '../members'
import type { Unit } from '../unit-of-work'
import { scenarioNow, wallAt, type VirtualClock } from './exercise'
import type { ExerciseRow, InjectRow } from './exercise.store'
import * as store from './exercise.store'
import { actInject } from './injects'

export const INJECT_DEADLINE = 'exercise.inject'

export const clockOf = (ex: ExerciseRow): VirtualClock => ({ anchorScenario: ex.anchor_scenario, anchorWall: ex.anchor_wall, speed: ex.speed })

export const dueOf = (ex: Pick<ExerciseRow, 'scenario_start'>, inj: Pick<InjectRow, 'offset_ms'>): Date => new Date(Date.parse(ex.scenario_start) + inj.offset_ms)

/** Arms a deadline for each pending inject of a running exercise. */
export async function armPending(u: Unit, ex: ExerciseRow): Promise<void> {
  const clock = clockOf(ex)
  if (ex.state !== 'running' || clock.anchorWall === null) return
  const running = { ...clock, anchorWall: clock.anchorWall }
  for (const inj of await store.injectsOf(u.tx, ex.id)) {
    if (inj.state === 'pending') await armDeadline(u.tx, INJECT_DEADLINE, inj.id, wallAt(running, dueOf(ex, inj)).toISOString())
  }
}

export const disarmAll = (u: Unit, exerciseId: string) => store.disarmInjectDeadlines(u.tx, exerciseId, INJECT_DEADLINE, u.at)

/** The exercise's events are GREEN in its world: every participant sees them, and nobody outside it. */
export async function exerciseMarking(u: Unit): Promise<{ markingId: string; marking: Marking }> {
  const marking: Marking = { tlp: 'GREEN', audienceOrgs: [], audienceUsers: [], originatorOrg: (await findHub(u.tx))!.id, originatorUser: null }
  return { markingId: await saveMarking(u.tx, marking, u.at), marking }
}

/**
 * Releases an inject once: claims it, acts it out, records the outcome and says so. Null when it
 * was released already (by another process, or by hand).
 */
export async function releaseInject(u: Unit, deps: Deps, ex: ExerciseRow, inj: InjectRow, by: string): Promise<AfterCommit | null> {
  const now = scenarioNow(clockOf(ex), u.now).toISOString()
  if (!(await store.claimRelease(u.tx, inj.id, u.at, now))) return null
  const participants = await store.participantsOf(u.tx, ex.id)
  const { outcome, after } = await actInject(u, deps, ex, inj, participants)
  await store.updateInject(u.tx, inj.id, { outcome: JSON.stringify(outcome) })
  await u.audit('system', 'exercise.inject.release', inj.id, { exerciseId: ex.id, serial: inj.serial, by })
  const e = JSON.parse(inj.event) as { channel: string }
  await u.emit({
    type: 'exercise.inject.released', ...(await exerciseMarking(u)), exerciseId: ex.id, subject: { objectId: ex.id },
    payload: { exerciseId: ex.id, serial: inj.serial, channel: e.channel, dueScenario: dueOf(ex, inj).toISOString(), releasedScenario: now, outcome },
  })
  return after
}

/** The deadline's effect: release the inject if its exercise runs and its time has come. */
export async function onInjectDeadline(u: Unit, injectId: string, deps: Deps): Promise<AfterCommit | undefined> {
  const inj = await store.findInject(u.tx, injectId)
  if (!inj || inj.state !== 'pending') return undefined
  const ex = await store.findExercise(u.tx, inj.exercise_id)
  if (!ex || ex.state !== 'running' || ex.anchor_wall === null) return undefined
  const due = dueOf(ex, inj)
  if (due.getTime() > scenarioNow(clockOf(ex), u.now).getTime()) {
    // Fired early (the clock was moved in between): wait for its time again.
    await armDeadline(u.tx, INJECT_DEADLINE, inj.id, wallAt({ ...clockOf(ex), anchorWall: ex.anchor_wall }, due).toISOString())
    return undefined
  }
  return (await releaseInject(u, deps, ex, inj, 'clock')) ?? undefined
}
