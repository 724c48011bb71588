import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { IdParams as Params } from '../../core/schema'
import type { Deps } from '../../domain/deps'
import {
  AddInjectInput, ClockInput, reportHtml, ExerciseInput, ExerciseView, exercises, InjectParams, InjectView, JumpInput, LessonInput, LessonQuery, LessonView, publishedScenarioSchema, type ExerciseStep,
} from '../../domain/exercise'
import { htmlToPdf } from '../../render/pdf'
import { actorOf } from '../../surfaces/auth'

const tags = ['exercises']
const STEPS: readonly ExerciseStep[] = ['start', 'pause', 'resume', 'end']

/** Exercises: set up, run on the virtual clock, injects by hand, lessons learned. */
export const exerciseRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get('/exercises/scenario-schema', { schema: { tags, summary: 'The published JSON Schema of a scenario (master scenario events list)', response: { 200: Type.Unknown() } } }, () => publishedScenarioSchema())
  app.get('/exercises', { schema: { tags, summary: 'The exercises the caller takes part in, controls, or (hub) oversees', response: { 200: Type.Array(ExerciseView) } } }, (req) =>
    exercises.listExercises(deps, actorOf(req)),
  )
  app.post(
    '/exercises',
    { schema: { tags, summary: 'Set up an exercise from a scenario (JSON, YAML or the planners\u2019 CSV)', body: ExerciseInput, response: { 201: ExerciseView } } },
    async (req, reply) => reply.code(201).send(await exercises.createExercise(deps, actorOf(req), req.body)),
  )
  app.get('/exercises/lessons', { schema: { tags, summary: 'The lessons library, across every exercise the caller may read', querystring: LessonQuery, response: { 200: Type.Array(LessonView) } } }, (req) =>
    exercises.searchLessons(deps, actorOf(req), req.query.q),
  )
  app.get('/exercises/:id', { schema: { tags, summary: 'One exercise and its clock', params: Params, response: { 200: ExerciseView } } }, (req) =>
    exercises.getExercise(deps, actorOf(req), req.params.id),
  )
  for (const step of STEPS) {
    app.post(
      `/exercises/:id/${step}`,
      { schema: { tags, summary: `${step[0]!.toUpperCase()}${step.slice(1)} the exercise (a listed controller)`, params: Params, body: Type.Optional(ClockInput), response: { 200: ExerciseView } } },
      (req) => exercises.stepExercise(deps, actorOf(req), req.params.id, step, req.body ?? {}),
    )
  }
  app.post('/exercises/:id/jump', { schema: { tags, summary: 'Jump the clock forward to a scenario time', params: Params, body: JumpInput, response: { 200: ExerciseView } } }, (req) =>
    exercises.jumpExercise(deps, actorOf(req), req.params.id, req.body),
  )
  app.get('/exercises/:id/injects', { schema: { tags, summary: 'The injects, in release order', params: Params, response: { 200: Type.Array(InjectView) } } }, (req) =>
    exercises.listInjects(deps, actorOf(req), req.params.id),
  )
  app.post(
    '/exercises/:id/injects',
    { schema: { tags, summary: 'Add an inject by hand (a listed controller)', params: Params, body: AddInjectInput, response: { 201: InjectView } } },
    async (req, reply) => reply.code(201).send(await exercises.addInject(deps, actorOf(req), req.params.id, req.body)),
  )
  app.post('/exercises/:id/injects/:serial/release', { schema: { tags, summary: 'Release an inject now', params: InjectParams, response: { 200: InjectView } } }, (req) =>
    exercises.releaseByHand(deps, actorOf(req), req.params.id, req.params.serial),
  )
  app.post('/exercises/:id/injects/:serial/hold', { schema: { tags, summary: 'Hold a pending inject', params: InjectParams, response: { 200: InjectView } } }, (req) =>
    exercises.holdInject(deps, actorOf(req), req.params.id, req.params.serial),
  )
  app.get('/exercises/:id/report', { schema: { tags, summary: 'The after-action report (JSON)', params: Params, response: { 200: Type.Unknown() } } }, (req) =>
    exercises.getReport(deps, actorOf(req), req.params.id),
  )
  app.get(
    '/exercises/:id/report.html',
    { schema: { tags, summary: 'The after-action report as a printable page with charts', params: Params, produces: ['text/html'], response: { 200: Type.String() } } },
    async (req, reply) => reply.type('text/html; charset=utf-8').send(reportHtml(await exercises.getReport(deps, actorOf(req), req.params.id))),
  )
  app.get(
    '/exercises/:id/report.pdf',
    { schema: { tags, summary: 'The after-action report as PDF (printed by headless Chromium)', params: Params, produces: ['application/pdf'], response: { 200: Type.Unknown() } } },
    async (req, reply) => reply.type('application/pdf').send(await htmlToPdf(reportHtml(await exercises.getReport(deps, actorOf(req), req.params.id)))),
  )
  app.post(
    '/exercises/:id/lessons',
    { schema: { tags, summary: 'Write a lesson learned (a participant)', params: Params, body: LessonInput, response: { 201: LessonView } } },
    async (req, reply) => reply.code(201).send(await exercises.addLesson(deps, actorOf(req), req.params.id, req.body)),
  )
}
