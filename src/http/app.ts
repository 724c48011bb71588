/**
 * The HTTP adapter: Fastify with schema-validated routes, one error mapper, bearer-token auth,
 * the OpenAPI 3.1 document and its browsable page, health and metrics.
 */
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import websocket from '@fastify/websocket'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify, {
  LogController, type FastifyBaseLogger, type FastifyError, type FastifyInstance, type RawServerDefault } from 'fastify'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Logger } from 'pino'
import { newId } from '../core/ids'
import type { Deps } from '../domain/deps'
import type { LiveFeed } from '../live/live-feed'
import { registerSseRoute } from '../live/sse-route'
import { registerWsRoute } from '../live/ws-route'
import { registerAuth } from './auth'
import { registerHealth } from './health'
import { registerMetrics } from './metrics'
import { parametersWithDefaultsOptional } from './openapi-defaults'
import { buildProblem, errorToProblem, sendProblem } from './problem'
import { API_ROUTES } from './routes'
import { validatorCompiler } from './validation'

export interface AppOptions {
  deps: Deps
  logger: Logger
  bodyLimit: number
  /** Answers /readyz: is the database reachable? */
  ready: () => Promise<boolean>
  /** The live feed, served over WebSocket and SSE at /api/v1/live; absent: no live routes. */
  live?: LiveFeed
  /** Further route plugins under /api/v1 (capabilities register here as they come). */
  plugins?: ((app: HubApp) => Promise<void>)[]
}

export type HubApp = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, TypeBoxTypeProvider>

export async function buildApp(opts: AppOptions): Promise<HubApp> {
  const app = Fastify({
    loggerInstance: opts.logger as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: opts.bodyLimit,
    genReqId: () => newId(),
    requestIdHeader: false,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<TypeBoxTypeProvider>()
  app.setValidatorCompiler(validatorCompiler)
  // JSON only: a text/plain body is refused with 415 rather than read as a string.
  app.removeContentTypeParser('text/plain')

  // One line per request, with the actor, after the response is sent.
  app.addHook('onResponse', async (req, reply) => {
    req.log.info(
      { method: req.method, url: req.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10, actor: req.actor?.userId },
      'request',
    )
  })
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', String(req.id))
  })

  app.setErrorHandler((err, req, reply) => {
    const problem = errorToProblem(err as FastifyError, req)
    if (problem.status >= 500) req.log.error({ err, requestId: req.id }, 'unhandled error')
    return sendProblem(reply, problem)
  })
  app.setNotFoundHandler((req, reply) =>
    sendProblem(reply, buildProblem(req, 404, 'route_not_found', `No route ${req.method} ${req.url.split('?')[0]}`)),
  )

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Shieldwall hub API',
        version: '1',
        description: 'Allied cyber incident support: members, incidents, assistance, intel. Errors are RFC 9457 problem details.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'API token (sw_…)' } } },
      security: [{ bearer: [] }],
    },
    transformObject: parametersWithDefaultsOptional,
  })
  await app.register(swaggerUi, { routePrefix: '/api/docs' })
  app.get('/api/openapi.json', { config: { auth: 'public' }, schema: { hide: true } }, async () => app.swagger())

  // Inbound live-feed messages are small control messages.
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } })
  registerAuth(app, opts.deps)
  registerMetrics(app)
  registerHealth(app, opts.ready)

  await app.register(
    async (api) => {
      for (const routes of API_ROUTES) await api.register(routes, { deps: opts.deps })
      if (opts.live) {
        await registerWsRoute(api, { deps: opts.deps, live: opts.live })
        await registerSseRoute(api, opts.live)
      }
      for (const plugin of opts.plugins ?? []) await plugin(api)
    },
    { prefix: '/api/v1' },
  )
  return app
}
