/**
 * Exercise use cases: set one up from a scenario, run its clock (start, pause, resume, jump, end),
 * release, hold or add injects by hand, and keep its lessons learned.
 */
import { conflict, forbidden, notFound, unprocessable } from '../../core/errors'
import { newId } from '../../core/ids'
import { disarmDeadlines, armDeadline } from '../../store/deadlines'
import type { Db } from '../../store/db'
import type { Tx } from '../../store/tx'
import type { AfterCommit } from '../deadline-registry'
import type { Deps } from '../deps'
import { findNationByCountry, orgIdOf, hasAnyRole, type Actor } from '../members'
import { unitOfWork, type Unit } from '../unit-of-work'
import { EXERCISE_STEPS, jumped, scenarioNow, started, stopped, wallAt, type ExerciseStep } from './exercise'
import { exercisePermissions as perms, type ExerciseSubject } from './exercise.permissions'
import type { ClockInput, ExerciseInput, ExerciseView, InjectView, JumpInput, LessonInput, LessonView } from './exercise.schema'
import * as store from './exercise.store'
import { CONTROL_REFS, resolveRef, type ParticipantRow } from './participants'
import { armPending, clockOf, disarmAll, dueOf, exerciseMarking, releaseInject, INJECT_DEADLINE } from './runner'
import { buildReport, type AfterActionReport } from './report'
import { offsetMs, readScenarioCsv, readScenarioText, scenarioError, validateScenario } from './scenario'
import type { Scenario, ScenarioEvent } from './scenario.schema'

/** How the actor stands to an exercise. */
async function subjectOf(q: Db | Tx, actor: Actor, exerciseId: string): Promise<ExerciseSubject> {
  const s = await store.standingsOf(q, actor.userId, actor.orgChain)
  return { controls: s.controls.has(exerciseId), participates: s.participates.has(exerciseId) }
}

/** The exercise if the actor may read it; a hidden one answers as missing. */
async function readable(q: Db | Tx, actor: Actor, id: string): Promise<store.ExerciseRow> {
  const ex = await store.findExercise(q, id)
  if (!ex || !perms.may(actor, 'read', await subjectOf(q, actor, id))) throw notFound('Exercise')
  return ex
}

async function controlled(q: Db | Tx, actor: Actor, id: string): Promise<store.ExerciseRow> {
  const ex = await readable(q, actor, id)
  if (!perms.may(actor, 'control', await subjectOf(q, actor, id))) throw forbidden('Only a controller listed for this exercise runs it')
  return ex
}

/**
 * May the actor act inside the exercise (the Shieldwall-Exercise header)? Participants and its
 * controllers may; to anyone else the exercise answers as missing.
 */
export async function assertMayAct(deps: Deps, actor: Actor, exerciseId: string): Promise<void> {
  const ex = await store.findExercise(deps.db, exerciseId)
  if (!ex || !perms.may(actor, 'act', await subjectOf(deps.db, actor, exerciseId))) throw notFound('Exercise')
}

/** May a live subscriber watch the exercise? Its participants and listed controllers may (the feed has no roles). */
export async function mayWatch(deps: Deps, viewer: { userId: string; orgChain: readonly string[] }, exerciseId: string): Promise<boolean> {
  const s = await store.standingsOf(deps.db, viewer.userId, viewer.orgChain)
  return s.controls.has(exerciseId) || s.participates.has(exerciseId)
}

function scenarioOf(input: ExerciseInput): Scenario {
  const given = [input.scenario, input.scenarioYaml, input.scenarioCsv].filter((x) => x !== undefined).length
  if (given !== 1) throw scenarioError([{ line: null, pointer: '/scenario', field: 'scenario', message: 'give exactly one of scenario, scenarioYaml, scenarioCsv' }])
  if (input.scenarioYaml !== undefined) return readScenarioText(input.scenarioYaml)
  if (input.scenarioCsv !== undefined) return readScenarioCsv(input.scenarioCsv.text, input.scenarioCsv)
  return validateScenario(input.scenario)
}

async function resolveParticipant(tx: Tx, ref: string, i: number): Promise<string> {
  const nation = /^[A-Z]{2}$/.test(ref) ? await findNationByCountry(tx, ref) : null
  const id = nation?.id ?? (await orgIdOf(tx, ref))
  if (id === null) throw unprocessable('unknown_participant', `participants[${i}]: "${ref}" names no member organization`, `/participants/${i}/org`)
  return id
}

async function resolveControllers(tx: Tx, actor: Actor, refs: readonly string[] | undefined): Promise<string[]> {
  if (refs === undefined || refs.length === 0) {
    if (hasAnyRole(actor, ['controller'])) return [actor.userId]
    throw unprocessable('bad_controller', 'Name at least one controller (a user holding the controller role)', '/controllers')
  }
  const ids: string[] = []
  for (const [i, ref] of refs.entries()) {
    const u = await tx.selectFrom('app_user').select(['id', 'roles']).where((eb) => eb.or([eb('id', '=', ref), eb('email', '=', ref)])).executeTakeFirst()
    if (!u || !u.roles.split(',').includes('controller')) throw unprocessable('bad_controller', `controllers[${i}]: "${ref}" is no user holding the controller role`, `/controllers/${i}`)
    ids.push(u.id)
  }
  return [...new Set(ids)]
}

/** Every from and to of the scenario names a participant (senders may also be the control cell). */
function checkRefs(events: readonly ScenarioEvent[], participants: readonly ParticipantRow[], pointer: (i: number, f: string) => string): void {
  events.forEach((e, i) => {
    const needsSender = e.channel === 'incident-report' || e.channel === 'assistance-request' || e.channel === 'intel-bundle'
    if (resolveRef(participants, e.from) === null && (needsSender || !CONTROL_REFS.includes(e.from)))
      throw unprocessable('unknown_participant', `events[${i}].from (serial ${e.serial}): "${e.from}" is not a participant${needsSender ? '' : ` (nor ${CONTROL_REFS.join(', ')})`}`, pointer(i, 'from'))
    e.to.forEach((r, k) => {
      if (resolveRef(participants, r) === null) throw unprocessable('unknown_participant', `events[${i}].to[${k}] (serial ${e.serial}): "${r}" is not a participant`, pointer(i, `to/${k}`))
    })
  })
}

const injectRow = (exerciseId: string, e: ScenarioEvent) => ({
  id: newId(), exercise_id: exerciseId, serial: e.serial, offset_ms: offsetMs(e.offset), event: JSON.stringify(e), state: 'pending', released_at: null, released_scenario: null, outcome: null,
})

/**
 * Sets up an exercise, planned: its participants, controllers and scenario (validated whole).
 * @example createExercise(deps, controller, { name: 'Locked Door', participants: [{ org: 'EE' }], scenarioYaml })
 */
export async function createExercise(deps: Deps, actor: Actor, input: ExerciseInput): Promise<ExerciseView> {
  if (!perms.may(actor, 'create', { controls: false, participates: false })) throw forbidden('Hub coordinators, admins and controllers set up exercises')
  const scenario = scenarioOf(input)
  return unitOfWork(deps, async (u) => {
    const orgIds: string[] = []
    for (const [i, p] of input.participants.entries()) orgIds.push(await resolveParticipant(u.tx, p.org, i))
    const controllers = await resolveControllers(u.tx, actor, input.controllers)
    const id = newId()
    await store.insertExercise(u.tx, {
      id, name: input.name, state: 'planned', scenario: JSON.stringify(scenario), scenario_start: scenario.start, speed: input.speed ?? 1,
      anchor_scenario: scenario.start, anchor_wall: null, created_by: actor.userId, created_at: u.at, started_at: null, ended_at: null,
    })
    const simulated = new Map(input.participants.map((p, i) => [orgIds[i]!, p.simulated === true]))
    await u.tx.insertInto('exercise_participant').values([...simulated].map(([org_id, sim]) => ({ exercise_id: id, org_id, simulated: sim ? 1 : 0 }))).execute()
    await u.tx.insertInto('exercise_controller').values(controllers.map((user_id) => ({ exercise_id: id, user_id }))).execute()
    checkRefs(scenario.events, await store.participantsOf(u.tx, id), (i, f) => `/scenario/events/${i}/${f}`)
    await store.insertInjects(u.tx, scenario.events.map((e) => injectRow(id, e)))
    await u.audit(actor, 'exercise.create', id, { name: input.name, participants: orgIds.length, injects: scenario.events.length })
    return viewOf(u.tx, (await store.findExercise(u.tx, id))!, u.now)
  })
}

async function viewOf(q: Db | Tx, ex: store.ExerciseRow, now: Date): Promise<ExerciseView> {
  const [participants, controllers, injects] = await Promise.all([store.participantsOf(q, ex.id), store.controllersOf(q, ex.id), store.injectsOf(q, ex.id)])
  const count = (s: string) => injects.filter((i) => i.state === s).length
  return {
    id: ex.id, name: ex.name, state: ex.state as ExerciseView['state'], scenarioName: (JSON.parse(ex.scenario) as Scenario).name, scenarioStart: ex.scenario_start,
    scenarioTime: scenarioNow(clockOf(ex), now).toISOString(), speed: ex.speed, clockRunning: ex.anchor_wall !== null,
    participants: participants.map((p) => ({ orgId: p.org_id, name: p.name, country: p.country, simulated: p.simulated === 1 })),
    controllers: controllers.map((c) => ({ userId: c.user_id, email: c.email })),
    injects: { total: injects.length, pending: count('pending'), held: count('held'), released: count('released') },
    createdAt: ex.created_at, startedAt: ex.started_at, endedAt: ex.ended_at,
  }
}

export async function getExercise(deps: Deps, actor: Actor, id: string): Promise<ExerciseView> {
  return viewOf(deps.db, await readable(deps.db, actor, id), deps.clock.now())
}

/** The exercises the actor may read, newest first. */
export async function listExercises(deps: Deps, actor: Actor): Promise<ExerciseView[]> {
  const s = await store.standingsOf(deps.db, actor.userId, actor.orgChain)
  const rows = (await store.listExerciseRows(deps.db)).filter((ex) => perms.may(actor, 'read', { controls: s.controls.has(ex.id), participates: s.participates.has(ex.id) }))
  const now = deps.clock.now()
  return Promise.all(rows.map((ex) => viewOf(deps.db, ex, now)))
}

/** Runs a change of a controlled exercise, then publishes what its injects' use cases emitted. */
async function controlUnit(deps: Deps, actor: Actor, id: string, fn: (u: Unit, ex: store.ExerciseRow) => Promise<AfterCommit[]>): Promise<ExerciseView> {
  let after: AfterCommit[] = []
  const view = await unitOfWork(deps, async (u) => {
    const ex = await controlled(u.tx, actor, id)
    after = await fn(u, ex)
    return viewOf(u.tx, (await store.findExercise(u.tx, id))!, u.now)
  })
  for (const f of after) await f()
  return view
}

async function announce(u: Unit, ex: store.ExerciseRow): Promise<void> {
  await u.emit({
    type: 'exercise.step', ...(await exerciseMarking(u)), exerciseId: ex.id, subject: { objectId: ex.id },
    payload: { exerciseId: ex.id, state: ex.state, scenarioTime: scenarioNow(clockOf(ex), u.now).toISOString(), speed: ex.speed },
  })
}

function assertStep(ex: store.ExerciseRow, step: ExerciseStep): void {
  if (!(EXERCISE_STEPS[step].from as readonly string[]).includes(ex.state))
    throw conflict('illegal_transition', `An exercise that is ${ex.state} cannot ${step}`, undefined, { currentState: ex.state })
}

/** Releases at once what is due on the clock (a jump, or a clock started past some injects). */
async function releaseDue(u: Unit, deps: Deps, ex: store.ExerciseRow): Promise<AfterCommit[]> {
  const now = scenarioNow(clockOf(ex), u.now).getTime()
  const out: AfterCommit[] = []
  for (const inj of await store.injectsOf(u.tx, ex.id)) {
    if (inj.state !== 'pending' || dueOf(ex, inj).getTime() > now) continue
    const after = await releaseInject(u, deps, ex, inj, 'clock')
    if (after) out.push(after)
  }
  return out
}

/** start, pause, resume or end: the state moves, the clock with it, and the inject deadlines follow. */
export async function stepExercise(deps: Deps, actor: Actor, id: string, step: ExerciseStep, input: ClockInput = {}): Promise<ExerciseView> {
  return controlUnit(deps, actor, id, async (u, ex) => {
    assertStep(ex, step)
    const to = EXERCISE_STEPS[step].to
    const speed = input.speed ?? ex.speed
    const clock = to === 'running' ? started({ ...clockOf(ex), speed }, u.now) : stopped(clockOf(ex), u.now)
    const set = {
      state: to, speed, anchor_scenario: clock.anchorScenario, anchor_wall: clock.anchorWall,
      ...(step === 'start' ? { started_at: u.at } : {}), ...(step === 'end' ? { ended_at: u.at } : {}),
    }
    await store.updateExercise(u.tx, id, set)
    const next = { ...ex, ...set }
    await disarmAll(u, id)
    const after = to === 'running' ? await releaseDue(u, deps, next) : []
    await armPending(u, next)
    await u.audit(actor, `exercise.${step}`, id, { scenarioTime: clock.anchorScenario, speed })
    await announce(u, next)
    return after
  })
}

/** Moves the clock forward to a scenario time: what falls due by then is released at once, in order. */
export async function jumpExercise(deps: Deps, actor: Actor, id: string, input: JumpInput): Promise<ExerciseView> {
  return controlUnit(deps, actor, id, async (u, ex) => {
    if (ex.state === 'ended') throw conflict('illegal_transition', 'An ended exercise\u2019s clock does not move', undefined, { currentState: ex.state })
    const to = new Date(input.to)
    if (to.getTime() < scenarioNow(clockOf(ex), u.now).getTime()) throw unprocessable('jump_backwards', 'The clock only jumps forward', '/to')
    const clock = jumped(clockOf(ex), u.now, to)
    await store.updateExercise(u.tx, id, { anchor_scenario: clock.anchorScenario, anchor_wall: clock.anchorWall })
    const next = { ...ex, anchor_scenario: clock.anchorScenario, anchor_wall: clock.anchorWall }
    await disarmAll(u, id)
    const after = await releaseDue(u, deps, next)
    await armPending(u, next)
    await u.audit(actor, 'exercise.jump', id, { to: input.to })
    await announce(u, next)
    return after
  })
}

async function injectOf(tx: Tx, ex: store.ExerciseRow, serial: string): Promise<store.InjectRow> {
  const inj = await store.findInjectBySerial(tx, ex.id, serial)
  if (!inj) throw notFound('Inject')
  return inj
}

/** A controller releases an inject now, ahead of its time or out of a hold. */
export async function releaseByHand(deps: Deps, actor: Actor, id: string, serial: string): Promise<InjectView> {
  let injectId = ''
  await controlUnit(deps, actor, id, async (u, ex) => {
    if (ex.state === 'ended' || ex.state === 'planned') throw conflict('illegal_transition', `Injects are released while the exercise runs or is paused, not when ${ex.state}`, undefined, { currentState: ex.state })
    const inj = await injectOf(u.tx, ex, serial)
    injectId = inj.id
    const after = await releaseInject(u, deps, ex, inj, actor.userId)
    if (!after) throw conflict('inject_released', `${serial} was released already`)
    await disarmDeadlines(u.tx, inj.id, u.at)
    return [after]
  })
  return injectViewOf(deps.db, id, injectId)
}

/** A controller holds a pending inject: the clock passes it by until it is released by hand. */
export async function holdInject(deps: Deps, actor: Actor, id: string, serial: string): Promise<InjectView> {
  let injectId = ''
  await controlUnit(deps, actor, id, async (u, ex) => {
    const inj = await injectOf(u.tx, ex, serial)
    injectId = inj.id
    if (inj.state !== 'pending') throw conflict('illegal_transition', `An inject that is ${inj.state} cannot be held`, undefined, { currentState: inj.state })
    await store.updateInject(u.tx, inj.id, { state: 'held' })
    await disarmDeadlines(u.tx, inj.id, u.at)
    await u.audit(actor, 'exercise.inject.hold', inj.id, { serial })
    return []
  })
  return injectViewOf(deps.db, id, injectId)
}

/** A controller adds an inject while the exercise is planned, runs or is paused. */
export async function addInject(deps: Deps, actor: Actor, id: string, e: ScenarioEvent): Promise<InjectView> {
  let injectId = ''
  await controlUnit(deps, actor, id, async (u, ex) => {
    if (ex.state === 'ended') throw conflict('illegal_transition', 'An ended exercise takes no injects', undefined, { currentState: ex.state })
    const scenario = JSON.parse(ex.scenario) as Scenario
    const withIt = validateScenario({ ...scenario, events: [...(await store.injectsOf(u.tx, id)).map((i) => JSON.parse(i.event) as ScenarioEvent), e] })
    const added = withIt.events[withIt.events.length - 1]!
    checkRefs([added], await store.participantsOf(u.tx, id), (_i, f) => `/${f}`)
    const row = injectRow(id, added)
    injectId = row.id
    await store.insertInjects(u.tx, [row])
    const clock = clockOf(ex)
    if (ex.state === 'running' && clock.anchorWall !== null) {
      await armDeadline(u.tx, INJECT_DEADLINE, row.id, wallAt({ ...clock, anchorWall: clock.anchorWall }, dueOf(ex, row)).toISOString())
    }
    await u.audit(actor, 'exercise.inject.add', row.id, { serial: e.serial })
    return []
  })
  return injectViewOf(deps.db, id, injectId)
}

export function injectView(ex: store.ExerciseRow, inj: store.InjectRow): InjectView {
  const e = JSON.parse(inj.event) as ScenarioEvent
  const due = dueOf(ex, inj)
  return {
    id: inj.id, serial: inj.serial, offset: e.offset, dueScenario: due.toISOString(), type: e.type, channel: e.channel, from: e.from, to: e.to,
    state: inj.state as InjectView['state'], releasedAt: inj.released_at, releasedScenario: inj.released_scenario,
    lateSeconds: inj.released_scenario === null ? null : (Date.parse(inj.released_scenario) - due.getTime()) / 1000,
    outcome: inj.outcome === null ? null : (JSON.parse(inj.outcome) as Record<string, unknown>),
    expected: (e.expected ?? []) as unknown as Record<string, unknown>[],
  }
}

async function injectViewOf(db: Db, exerciseId: string, injectId: string): Promise<InjectView> {
  const [ex, inj] = await Promise.all([store.findExercise(db, exerciseId), store.findInject(db, injectId)])
  return injectView(ex!, inj!)
}

/** The injects of an exercise the actor may read, in release order. */
export async function listInjects(deps: Deps, actor: Actor, id: string): Promise<InjectView[]> {
  const ex = await readable(deps.db, actor, id)
  return (await store.injectsOf(deps.db, id)).map((inj) => injectView(ex, inj))
}

/** A participant (or controller) writes a lesson learned into the exercise's report. */
export async function addLesson(deps: Deps, actor: Actor, id: string, input: LessonInput): Promise<LessonView> {
  return unitOfWork(deps, async (u) => {
    const ex = await readable(u.tx, actor, id)
    if (!perms.may(actor, 'lesson', await subjectOf(u.tx, actor, id))) throw forbidden('Participants and the exercise\u2019s controllers write its lessons')
    const row = { id: newId(), exercise_id: id, user_id: actor.userId, org_id: actor.orgId, title: input.title, text: input.text, created_at: u.at }
    await store.insertLesson(u.tx, row)
    await u.audit(actor, 'exercise.lesson.add', row.id, { exerciseId: id })
    return { id: row.id, exerciseId: id, exerciseName: ex.name, userId: row.user_id, orgId: row.org_id, title: row.title, text: row.text, createdAt: row.created_at }
  })
}

/** The lessons library: every exercise the actor may read, searched by words. */
export async function searchLessons(deps: Deps, actor: Actor, q: string | undefined): Promise<LessonView[]> {
  const ids = (await listExercises(deps, actor)).map((e) => e.id)
  const words = (q ?? '').split(/\s+/).filter(Boolean)
  const rows = await store.findLessons(deps.db, ids, words)
  return rows.map((r) => ({ id: r.id, exerciseId: r.exercise_id, exerciseName: r.exercise_name, userId: r.user_id, orgId: r.org_id, title: r.title, text: r.text, createdAt: r.created_at }))
}

/** The after-action report of an exercise the actor may read (with its lessons). */
export async function getReport(deps: Deps, actor: Actor, id: string): Promise<AfterActionReport> {
  const ex = await readable(deps.db, actor, id)
  const lessons = (await store.findLessons(deps.db, [id], [])).map((r) => ({
    id: r.id, exerciseId: r.exercise_id, exerciseName: r.exercise_name, userId: r.user_id, orgId: r.org_id, title: r.title, text: r.text, createdAt: r.created_at,
  }))
  return buildReport(deps, ex, lessons.reverse())
}
