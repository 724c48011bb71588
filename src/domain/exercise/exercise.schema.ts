import { Type, type Static } from 'typebox'
import { Id, strict, StringEnum, Time } from '../../core/schema'
import { EXERCISE_STATES } from './exercise'
import { Scenario, ScenarioEvent } from './scenario.schema'

export const ParticipantInput = Type.Object(
  {
    org: Type.String({ minLength: 1, maxLength: 200, description: 'a nation by ISO 3166-1 alpha-2 code, or an organization by id or name' }),
    simulated: Type.Optional(Type.Boolean({ description: 'played by a simulated nation (a bot acting through the API)' })),
  },
  strict,
)

export const ExerciseInput = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    participants: Type.Array(ParticipantInput, { minItems: 1, maxItems: 200 }),
    controllers: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 320 }), { maxItems: 50, uniqueItems: true, description: 'users holding the controller role, by id or e-mail; default: the caller when it holds the role' })),
    scenario: Type.Optional(Scenario),
    scenarioYaml: Type.Optional(Type.String({ minLength: 1, maxLength: 5_000_000, description: 'the scenario as YAML or JSON text (errors name their line)' })),
    scenarioCsv: Type.Optional(
      Type.Object(
        { name: Type.String({ minLength: 1, maxLength: 200 }), start: Time, text: Type.String({ minLength: 1, maxLength: 5_000_000, description: 'the planners\u2019 sheet (see the README for its columns)' }) },
        strict,
      ),
    ),
    speed: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 10_000, description: 'scenario seconds per wall-clock second; default 1' })),
  },
  strict,
)
export type ExerciseInput = Static<typeof ExerciseInput>

export const InjectCounts = Type.Object({ total: Type.Integer(), pending: Type.Integer(), held: Type.Integer(), released: Type.Integer() })

export const ExerciseView = Type.Object({
  id: Id,
  name: Type.String(),
  state: StringEnum(EXERCISE_STATES),
  scenarioName: Type.String(),
  scenarioStart: Time,
  scenarioTime: Type.String({ format: 'date-time', description: 'the virtual clock now' }),
  speed: Type.Number(),
  clockRunning: Type.Boolean(),
  participants: Type.Array(Type.Object({ orgId: Id, name: Type.String(), country: Type.Union([Type.String(), Type.Null()]), simulated: Type.Boolean() })),
  controllers: Type.Array(Type.Object({ userId: Id, email: Type.String() })),
  injects: InjectCounts,
  createdAt: Time,
  startedAt: Type.Union([Time, Type.Null()]),
  endedAt: Type.Union([Time, Type.Null()]),
})
export type ExerciseView = Static<typeof ExerciseView>

export const InjectView = Type.Object({
  id: Id,
  serial: Type.String(),
  offset: Type.String(),
  dueScenario: Time,
  type: Type.String(),
  channel: Type.String(),
  from: Type.String(),
  to: Type.Array(Type.String()),
  state: StringEnum(['pending', 'held', 'released'] as const),
  releasedAt: Type.Union([Time, Type.Null()]),
  releasedScenario: Type.Union([Time, Type.Null()]),
  lateSeconds: Type.Union([Type.Number({ description: 'scenario seconds between due and released' }), Type.Null()]),
  outcome: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
  expected: Type.Array(Type.Record(Type.String(), Type.Unknown())),
})
export type InjectView = Static<typeof InjectView>

export const ClockInput = Type.Object({ speed: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 10_000 })) }, strict)
export type ClockInput = Static<typeof ClockInput>
export const JumpInput = Type.Object({ to: Type.String({ format: 'date-time', description: 'scenario time to jump to (forward only); injects due by then are released at once' }) }, strict)
export type JumpInput = Static<typeof JumpInput>
export const AddInjectInput = ScenarioEvent
export const InjectParams = Type.Object({ id: Id, serial: Type.String({ minLength: 1, maxLength: 40 }) })

export const LessonInput = Type.Object({ title: Type.String({ minLength: 1, maxLength: 300 }), text: Type.String({ minLength: 1, maxLength: 20_000 }) }, strict)
export type LessonInput = Static<typeof LessonInput>
export const LessonView = Type.Object({ id: Id, exerciseId: Id, exerciseName: Type.String(), userId: Type.String(), orgId: Id, title: Type.String(), text: Type.String(), createdAt: Time })
export type LessonView = Static<typeof LessonView>
export const LessonQuery = Type.Object({ q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'words to find in titles and texts, across every exercise the caller may read' })) }, strict)
