/**
 * The seam between the host (one Fastify server: auth, logging, OpenAPI, health) and the surfaces
 * it serves: the REST API (http/), the live feed (live/) and, later, TAXII. Surfaces import this
 * and the shared request authentication beside it, never each other, so none can form a circle.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyBaseLogger, FastifyError, FastifyInstance, FastifyReply, FastifyRequest, RawServerDefault } from 'fastify'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Registry } from 'prom-client'
import type { Deps } from '../domain/deps'

export type HubApp = FastifyInstance<RawServerDefault, IncomingMessage, ServerResponse, FastifyBaseLogger, TypeBoxTypeProvider>

/** What the host gives every surface it registers. */
export interface SurfaceContext {
  deps: Deps
}

/**
 * How errors and unknown routes are answered under a surface's prefix: each protocol has its
 * own format (RFC 9457 problem details for the API, TAXII its error message).
 */
export interface ErrorFormat {
  onError(err: FastifyError, req: FastifyRequest, reply: FastifyReply): FastifyReply | Promise<FastifyReply>
  onNotFound?(req: FastifyRequest, reply: FastifyReply): FastifyReply | Promise<FastifyReply>
}

/** One way into the hub, registered by hub.ts on the host under its own prefix. */
export interface Surface {
  name: string
  /** Where its routes live, e.g. '/api/v1'. */
  prefix: string
  /** Its own error format; absent: the host's problem details. */
  errors?: ErrorFormat
  register(app: HubApp, ctx: SurfaceContext): Promise<void>
  /** Adds its own gauges and counters to the process's Prometheus registry (served at /metrics). */
  metrics?(registry: Registry): void
}
