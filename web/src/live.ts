/**
 * The live feed in the browser: one WebSocket to /api/v1/live, authenticated by the session
 * cookie (or an API token as its first message), subscribed to everything the viewer may see (the hub cuts it to the viewer's TLP
 * scope). Each event updates the query caches it concerns, so pages change without a reload,
 * and joins the activity stream (the ['activity'] query). It reconnects with the last sequence
 * number it saw, so nothing is missed across a drop.
 */
import type { QueryClient, QueryKey } from '@tanstack/react-query'
import type { FeedEvent } from '../../src/domain/event-map'
import { currentToken } from './session'

export const ACTIVITY_KEY = ['activity'] as const
const KEEP = 200

/** The query caches an event of `type` may have changed (by key prefix). */
export function keysTouchedBy(e: FeedEvent): QueryKey[] {
  const cap = e.type.split('.')[0] ?? ''
  switch (cap) {
    case 'incident':
      return [['incidents'], ['incident']]
    case 'assistance':
      return [['requests'], ['request'], ['offers'], ['escalations'], ['metrics'], ['candidates'], ['incident']]
    case 'capability':
      return [['capabilities']]
    case 'intel':
      return [['intel']]
    case 'org':
      return [['orgs']]
    case 'decision':
      return [['decisions']]
    default:
      return []
  }
}

export interface LiveConnection {
  close(): void
}

export function connectLive(queries: QueryClient, onState: (connected: boolean) => void): LiveConnection {
  let socket: WebSocket | null = null
  let lastSeq: number | null = null
  let stopped = false
  let retry: ReturnType<typeof setTimeout> | undefined

  const open = () => {
    if (stopped) return
    // A browser session's cookie goes with the upgrade request; an API token is the first message.
    const token = currentToken()
    const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/v1/live`)
    socket = ws
    ws.onopen = () => token && ws.send(JSON.stringify({ type: 'auth', token }))
    ws.onmessage = (msg) => {
      const frame = JSON.parse(String(msg.data)) as { kind: string; event?: FeedEvent }
      if (frame.kind === 'authenticated') ws.send(JSON.stringify({ type: 'subscribe', filter: {}, lastSeq }))
      else if (frame.kind === 'subscribed') onState(true)
      else if (frame.kind === 'event' && frame.event) received(frame.event)
    }
    ws.onclose = () => {
      onState(false)
      if (!stopped) retry = setTimeout(open, 1000)
    }
  }
  const received = (e: FeedEvent) => {
    lastSeq = e.seq
    queries.setQueryData<FeedEvent[]>(ACTIVITY_KEY, (old = []) => [e, ...old].slice(0, KEEP))
    for (const key of keysTouchedBy(e)) void queries.invalidateQueries({ queryKey: key })
  }
  open()
  return {
    close() {
      stopped = true
      clearTimeout(retry)
      socket?.close()
    },
  }
}
