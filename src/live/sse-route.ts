/**
 * Server-Sent Events adapter of the live feed at /api/v1/live/sse, for clients that cannot
 * speak WebSocket. Same rules: the API token in the Authorization header, the filter in the
 * query string, resume with the Last-Event-ID header (each event's `id:` is its seq), heartbeats,
 * and a slow reader is dropped (a last `event: close` names the reason: 4008), as is a stream whose
 * token is revoked, whose user is disabled or whose token expires (4001).
 */
import { exercises } from '../domain/exercise'
import { Type } from 'typebox'
import { badRequest, notFound } from '../core/errors'
import type { Deps } from '../domain/deps'
import type { HubApp } from '../surfaces/surface'
import { actorOf } from '../surfaces/auth'
import type { LiveFeed, ViewerSubscriber } from './live-feed'
import { parseFilter, parseLastSeq, ProtocolError } from './protocol'

const Query = Type.Object(
  {
    types: Type.Optional(Type.String({ description: 'Comma-separated event types, exact or "prefix.*"' })),
    incidentId: Type.Optional(Type.String()),
    requestId: Type.Optional(Type.String()),
    exerciseId: Type.Optional(Type.String({ description: 'Watch this exercise instead of real traffic' })),
  },
  { additionalProperties: false },
)

function lastEventId(header: string | string[] | undefined): number | null {
  if (header === undefined || header === '') return null
  const raw = Array.isArray(header) ? header[0]! : header
  if (!/^\d{1,15}$/.test(raw)) throw badRequest('bad_last_event_id', 'Last-Event-ID must be the seq of an event', '/headers/last-event-id')
  return parseLastSeq(Number(raw))
}

export async function registerSseRoute(app: HubApp, live: LiveFeed, deps: Deps): Promise<void> {
  app.get(
    '/live/sse',
    {
      schema: {
        tags: ['live'],
        summary: 'Live feed as Server-Sent Events (resume with Last-Event-ID)',
        querystring: Query,
        produces: ['text/event-stream'],
      },
    },
    async (req, reply) => {
      const actor = actorOf(req)
      const credential = req.credential
      let filter
      try {
        filter = parseFilter({ ...req.query, ...(req.query.types !== undefined ? { types: req.query.types.split(',').filter(Boolean) } : {}) })
      } catch (err) {
        if (err instanceof ProtocolError) throw badRequest('bad_filter', err.message, '/querystring')
        throw err
      }
      if (filter.exerciseId && !(await exercises.mayWatch(deps, actor, filter.exerciseId))) throw notFound('Exercise')
      const lastSeq = lastEventId(req.headers['last-event-id'])
      const raw = reply.raw
      reply.hijack()
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        // Tells nginx not to buffer the stream.
        'x-accel-buffering': 'no',
        'x-request-id': String(req.id),
      })
      raw.write(': shieldwall live feed\n\n')
      let open = true
      const sub: ViewerSubscriber = {
        viewer: { userId: actor.userId, orgId: actor.orgId, orgChain: actor.orgChain },
        filter,
        // Event frames come encoded for SSE; heartbeats come as the shared JSON frame.
        send: (frame) => raw.write(frame.startsWith('id: ') ? frame : `event: heartbeat\ndata: ${frame}\n\n`),
        bufferedBytes: () => raw.writableLength,
        close: (code, reason) => {
          if (!open) return
          open = false
          raw.end(`event: close\ndata: ${JSON.stringify({ code, reason })}\n\n`)
        },
      }
      const handle = await live.subscribe('sse', sub, lastSeq)
      // The stream lives as long as its token does: revoked, disabled or expired ends it (4001).
      const release = credential ? live.holdCredential(credential, sub.close) : () => {}
      raw.on('close', () => {
        open = false
        handle.remove()
        release()
      })
      if (raw.destroyed) {
        handle.remove()
        release()
      }
    },
  )
}
