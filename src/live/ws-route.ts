/**
 * WebSocket adapter of the live feed at /api/v1/live. A client authenticates with its API token
 * (Authorization header, or a first message `{"type":"auth","token":…}`, within `authTimeoutMs`)
 * or, from the hub's own pages, with the session cookie (a cookie from another origin is refused), then subscribes: `{"type":"subscribe","filter":{…},"lastSeq"?:n}`. Frames
 * out: `{"kind":"authenticated"}`, `{"kind":"subscribed"}`, `{"kind":"event","event":…}`,
 * `{"kind":"heartbeat"}`. Close codes: 4000 bad message, 4001 bad or missing authentication (also
 * when the token is revoked or the session ended, its user disabled or its expiry reached while connected), 4008 slow consumer.
 */
import { exercises } from '../domain/exercise'
import type { FastifyRequest } from 'fastify'
import type { WebSocket } from 'ws'
import type { Deps } from '../domain/deps'
import { members, sessions, type Credential } from '../domain/members'
import type { HubApp } from '../surfaces/surface'
import { bearerToken, sessionCookieOf } from '../surfaces/auth'
import type { Viewer } from '../tlp'
import type { FanoutHandle } from './fanout'
import type { LiveFeed, ViewerSubscriber } from './live-feed'
import { CLOSE, parseClientMessage, type ClientMessage } from './protocol'
import { corkedSender } from './corked-send'

export interface WsRouteOptions {
  deps: Deps
  live: LiveFeed
}

const reasonOf = (err: unknown): string => (err instanceof Error ? err.message : 'error').slice(0, 120)

interface Authenticated {
  viewer: Viewer
  credential: Credential
}

async function viewerFromToken(deps: Deps, token: string): Promise<Authenticated> {
  const { actor, credential } = await members.authenticateCredential(deps, token)
  return { viewer: { userId: actor.userId, orgId: actor.orgId, orgChain: actor.orgChain }, credential }
}

/** The session cookie's credential, refused when the page that opened the socket is of another origin (cross-site WebSocket hijacking). */
async function viewerFromCookie(deps: Deps, req: FastifyRequest, cookie: string): Promise<Authenticated> {
  const origin = req.headers.origin
  if (origin !== undefined && new URL(origin).host !== req.headers.host) throw new Error('a session cookie is accepted only from the hub\u2019s own pages')
  const { actor, credential } = await sessions.authenticateSession(deps, cookie)
  return { viewer: { userId: actor.userId, orgId: actor.orgId, orgChain: actor.orgChain }, credential }
}

function headerToken(req: FastifyRequest): string | null | Error {
  try {
    return bearerToken(req)
  } catch (err) {
    return err as Error
  }
}

/** One connection's conversation: authenticate, then (re)subscribe as often as it likes. */
function converse(socket: WebSocket, req: FastifyRequest, opts: WsRouteOptions): void {
  let viewer: Viewer | null = null
  let handle: FanoutHandle | null = null
  let releaseCredential = () => {}
  let closed = false
  // Messages are handled one after another: a subscribe never overtakes the auth before it.
  let queue: Promise<void> = Promise.resolve()

  const close = (code: number, reason: string) => {
    if (closed) return
    closed = true
    handle?.remove()
    releaseCredential()
    socket.close(code, reason)
  }
  const authenticated = (a: Authenticated) => {
    if (closed) return
    viewer = a.viewer
    clearTimeout(authTimer)
    socket.send(JSON.stringify({ kind: 'authenticated', userId: a.viewer.userId }))
    // The connection lives as long as its token does: revoked, disabled or expired ends it (4001).
    releaseCredential = opts.live.holdCredential(a.credential, close)
  }
  const authTimer = setTimeout(() => close(CLOSE.badAuth, 'authentication required'), opts.live.authTimeoutMs)

  const subscribe = async (v: Viewer, m: Extract<ClientMessage, { type: 'subscribe' }>) => {
    // An exercise is watched by its participants and controllers; to anyone else it does not exist.
    const world = m.filter.exerciseId ?? null
    if (world !== null && !(await exercises.mayWatch(opts.deps, v, world))) return close(CLOSE.badMessage, 'exercise not found or not visible to you')
    handle?.remove()
    const sub: ViewerSubscriber = {
      viewer: v,
      filter: m.filter,
      send: corkedSender(socket),
      bufferedBytes: () => socket.bufferedAmount,
      close,
    }
    socket.send(JSON.stringify({ kind: 'subscribed', filter: m.filter, lastSeq: m.lastSeq }))
    const h = await opts.live.subscribe('ws', sub, m.lastSeq)
    if (closed) h.remove()
    else handle = h
  }

  const onMessage = async (text: string) => {
    if (closed) return
    let m: ClientMessage
    try {
      m = parseClientMessage(text)
    } catch (err) {
      return close(CLOSE.badMessage, reasonOf(err))
    }
    if (m.type === 'auth') {
      if (viewer !== null) return close(CLOSE.badMessage, 'already authenticated')
      try {
        return authenticated(await viewerFromToken(opts.deps, m.token))
      } catch (err) {
        return close(CLOSE.badAuth, reasonOf(err))
      }
    }
    if (viewer === null) return close(CLOSE.badAuth, 'authenticate first')
    await subscribe(viewer, m)
  }

  socket.on('message', (data, isBinary) => {
    if (isBinary) return close(CLOSE.badMessage, 'messages are JSON text')
    queue = queue.then(() => onMessage(data.toString())).catch((err: unknown) => {
      req.log.warn({ err }, 'live feed message failed')
      close(1011, 'internal error')
    })
  })
  socket.on('close', () => {
    closed = true
    clearTimeout(authTimer)
    handle?.remove()
    releaseCredential()
  })

  const token = headerToken(req)
  if (token instanceof Error) return close(CLOSE.badAuth, reasonOf(token))
  const cookie = token === null ? sessionCookieOf(req) : null
  if (token !== null || cookie !== null) {
    queue = (token !== null ? viewerFromToken(opts.deps, token) : viewerFromCookie(opts.deps, req, cookie!)).then(
      (a) => (closed ? undefined : authenticated(a)),
      (err: unknown) => close(CLOSE.badAuth, reasonOf(err)),
    )
  }
}

export async function registerWsRoute(app: HubApp, opts: WsRouteOptions): Promise<void> {
  app.get(
    '/live',
    {
      websocket: true,
      // Authentication happens on the socket, so that a refusal is a close code a browser can read.
      config: { auth: 'in-route' },
      schema: { tags: ['live'], summary: 'Live feed over WebSocket (see the README for the protocol)' },
    },
    (socket, req) => converse(socket, req, opts),
  )
}
