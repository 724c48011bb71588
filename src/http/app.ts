/**
 * The HTTP host: one Fastify server with schema validation, bearer-token auth, request logging,
 * the OpenAPI 3.1 document and its browsable page, health and metrics. It serves the surfaces it
 * is given (the API, the live feed, …), each in its own context under its prefix with its own
 * error format, and imports none of them.
 */
import cookie from '@fastify/cookie'
import helmet from '@fastify/helmet'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import websocket from '@fastify/websocket'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify, { LogController, type FastifyBaseLogger, type FastifyError } from 'fastify'
import type { Logger } from 'pino'
import { newId } from '../core/ids'
import type { Deps } from '../domain/deps'
import { registerAuth } from '../surfaces/auth'
import type { ErrorFormat, HubApp, Surface } from '../surfaces/surface'
import { docsFaviconSvg, docsLogoSvg, escapeXml } from './docs-logo'
import { registerHealth } from './health'
import { registerMetrics } from './metrics'
import { parametersWithDefaultsOptional } from './openapi-defaults'
import { withVocabEnums } from './openapi-vocab'
import { problemDetails } from './problem-format'
import { documentErrors } from './route-errors'
import { validatorCompiler } from './validation'

export interface AppOptions {
  deps: Deps
  logger: Logger
  bodyLimit: number
  /** Answers /readyz: is the database reachable? */
  ready: () => Promise<boolean>
  /** What the server serves, in this order (hub.ts: the API, then the live feed). */
  surfaces: readonly Surface[]
  /** How long a client may take to send its request head and its whole request, and how long an idle keep-alive connection stays open. */
  timeouts?: HttpTimeouts
  /** The hub's name, shown on the API docs page. Default "Shieldwall Hub". */
  hubName?: string
  /** Certificate and key (PEM): the hub serves HTTPS itself. */
  tls?: { cert: Buffer; key: Buffer } | null
  /** Fastify's trustProxy: behind a TLS-terminating proxy, X-Forwarded-Proto/-For are believed from it. */
  trustProxy?: boolean | string
}

export interface HttpTimeouts {
  headersMs: number
  requestMs: number
  keepAliveMs: number
}

export const DEFAULT_HTTP_TIMEOUTS: HttpTimeouts = { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000 }

/**
 * Node's defaults leave a slow client (slowloris) holding a connection for over a minute: the
 * head, the whole request and idle keep-alive get deliberate bounds, checked every second
 * (Node checks every 30 s by default, which would stretch a 10 s bound to 40 s). The live feed's
 * long-lived responses are not requests still being received, so these bounds do not cut them.
 */
function serverTimeouts(t: HttpTimeouts) {
  const checkEveryMs = Math.min(1000, t.headersMs)
  return {
    requestTimeout: t.requestMs,
    keepAliveTimeout: t.keepAliveMs,
    http: { headersTimeout: t.headersMs, requestTimeout: t.requestMs, keepAliveTimeout: t.keepAliveMs, connectionsCheckingInterval: checkEveryMs },
  }
}

/** Errors and unknown routes of this context (and those under it that set none) in `format`. */
function answerErrorsIn(app: HubApp, format: ErrorFormat): void {
  app.setErrorHandler((err, req, reply) => format.onError(err as FastifyError, req, reply))
  if (format.onNotFound) app.setNotFoundHandler((req, reply) => format.onNotFound!(req, reply))
}

/** What the console relies on: scripts only from the hub itself, never in a frame, no Referer leaves. */
export const SECURITY_HEADERS = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'script-src-attr': ["'none'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
    },
  },
  referrerPolicy: { policy: 'no-referrer' as const },
  frameguard: { action: 'deny' as const },
}

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
    ...serverTimeouts(opts.timeouts ?? DEFAULT_HTTP_TIMEOUTS),
    ...(opts.trustProxy ? { trustProxy: opts.trustProxy } : {}),
    // HTTPS is an https.Server under the same request/response types the host is written for.
    ...((opts.tls ? { https: { cert: opts.tls.cert, key: opts.tls.key } } : {}) as object),
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

  answerErrorsIn(app, problemDetails)

  // Security headers on every answer, the HTML pages' above all (the API docs, the console): no
  // inline script, never framed, no referrer sent on.
  await app.register(helmet, SECURITY_HEADERS)

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
    // Each operation lists the error codes it can answer (x-error-codes and its problem responses).
    transform: documentErrors,
    // Fields tagged with a vocabulary carry its values as an enum; query parameters with a default are optional.
    transformObject: (doc) => withVocabEnums(parametersWithDefaultsOptional(doc)),
  })
  const hubName = opts.hubName ?? 'Shieldwall Hub'
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    logo: { type: 'image/svg+xml', content: Buffer.from(docsLogoSvg(hubName)), href: '/api/docs', target: '_self' },
    // swagger-ui writes the title into the page as is.
    theme: {
      title: `${escapeXml(hubName)} API`,
      favicon: [{ filename: 'favicon.svg', rel: 'icon', sizes: 'any', type: 'image/svg+xml', content: Buffer.from(docsFaviconSvg) }],
    },
  })
  app.get('/api/openapi.json', { config: { auth: 'public' }, schema: { hide: true } }, async () => app.swagger())

  // At the root, as before surfaces existed: an upgrade to any non-WebSocket route is closed by the
  // plugin. Inbound live-feed messages are small control messages.
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } })
  // Before auth: it reads the session cookie.
  await app.register(cookie)
  registerAuth(app, opts.deps)
  const metrics = registerMetrics(app)
  for (const surface of opts.surfaces) surface.metrics?.(metrics)
  registerHealth(app, opts.ready)

  for (const surface of opts.surfaces) {
    await app.register(
      async (scope) => {
        if (surface.errors) answerErrorsIn(scope, surface.errors)
        await surface.register(scope, { deps: opts.deps })
      },
      { prefix: surface.prefix },
    )
  }
  return app
}
