/** Exercise events: they live in the exercise's world (exerciseId), so only that world's subscribers see them. */
import { feedEvent, type EventDefinitions } from '../event-definition'

export interface ExerciseStepPayload {
  exerciseId: string
  state: string
  /** Scenario time on the clock when the step was taken. */
  scenarioTime: string
  speed: number
}

export interface InjectReleasedPayload {
  exerciseId: string
  serial: string
  channel: string
  /** When it was due and when it went out, in scenario time. */
  dueScenario: string
  releasedScenario: string
  outcome: Record<string, unknown>
}

export interface ExerciseMessagePayload {
  exerciseId: string
  serial: string
  from: string
  to: string[]
  kind: 'message' | 'information' | 'decision-proposal'
  text: string
}

export const exerciseEvents = {
  'exercise.step': feedEvent<ExerciseStepPayload>('an exercise started, paused, resumed, jumped or ended'),
  'exercise.inject.released': feedEvent<InjectReleasedPayload>('an inject of the scenario was released on the exercise clock'),
  'exercise.message': feedEvent<ExerciseMessagePayload>('a scenario message reached its participants'),
} satisfies EventDefinitions
