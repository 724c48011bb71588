import type { HubApp } from './surface'
import type { FastifyRequest } from 'fastify'
import { badRequest, unauthorized } from '../core/errors'
import type { Deps } from '../domain/deps'
import { exercises } from '../domain/exercise'
import { inExercise, members, type Actor, type Credential } from '../domain/members'

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null
    /** The token behind `actor` (connections that outlive the request end with it). */
    credential: Credential | null
  }
  interface FastifyContextConfig {
    /**
     * 'public' routes also serve anonymous readers (who see CLEAR only); 'in-route' routes
     * authenticate themselves (the live WebSocket, whose refusals are close codes). Default: a
     * token is required.
     */
    auth?: 'required' | 'public' | 'in-route'
  }
}

/** The bearer token of a request, from `Authorization: Bearer sw_…`. */
export function bearerToken(req: FastifyRequest): string | null {
  const h = req.headers.authorization
  if (!h) return null
  const m = /^Bearer\s+(\S+)\s*$/i.exec(h)
  if (!m) throw unauthorized('Use "Authorization: Bearer <token>"')
  return m[1]!
}

/** The header naming the exercise a request acts in; absent: the real world. */
export const EXERCISE_HEADER = 'shieldwall-exercise'
const EXERCISE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/

/** The world a request acts in: the exercise its `Shieldwall-Exercise` header names, else the real world (null). */
export function worldOf(req: FastifyRequest): string | null {
  const h = req.headers[EXERCISE_HEADER]
  if (h === undefined) return null
  if (typeof h !== 'string' || !EXERCISE_ID.test(h)) throw badRequest('bad_exercise', 'Shieldwall-Exercise names one exercise id (letters, digits, . _ : -, at most 100)', '/headers/shieldwall-exercise')
  return h
}

/** Routes are closed unless they say otherwise; the API documentation pages are open. */
const needsToken = (req: FastifyRequest): boolean => {
  const url = req.routeOptions.url
  if (url === undefined || url.startsWith('/api/docs')) return false
  return (req.routeOptions.config.auth ?? 'required') === 'required'
}

/** Authenticates before the body is even read, so anonymous requests cost nothing. */
export function registerAuth(app: HubApp, deps: Deps): void {
  app.decorateRequest('actor', null)
  app.decorateRequest('credential', null)
  app.addHook('onRequest', async (req) => {
    if (req.routeOptions.config.auth === 'in-route') return
    const raw = bearerToken(req)
    if (raw !== null) {
      const { actor, credential } = await members.authenticateCredential(deps, raw)
      const world = worldOf(req)
      // Only an exercise's participants and controllers act in it; to anyone else it does not exist.
      if (world !== null) await exercises.assertMayAct(deps, actor, world)
      req.actor = inExercise(actor, world)
      req.credential = credential
    }
    else if (needsToken(req)) throw unauthorized()
  })
}

export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw unauthorized()
  return req.actor
}
