/** Live-feed clients for tests: a WebSocket and an SSE reader that record every frame. */
import WebSocket from 'ws'
import type { DomainEvent } from '../src/bus/event'
import type { Marking } from '../src/tlp'

interface Frame {
  kind: string
  event?: DomainEvent
}

export interface TestWs {
  ws: WebSocket
  frames: Frame[]
  events(): DomainEvent[]
  /** Resolves once a frame passes `pred` (looking at frames already received too). */
  waitFor(pred: (f: Frame) => boolean, timeoutMs?: number): Promise<Frame>
  closed: Promise<{ code: number; reason: string }>
  send(msg: unknown): void
}

/** `headers`: others to send with the upgrade (a session cookie instead of a token). */
export function openWs(url: string, token?: string, headers: Record<string, string> = {}): TestWs {
  const ws = new WebSocket(url, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } })
  const frames: Frame[] = []
  const waiters = new Set<() => void>()
  ws.on('message', (data) => {
    frames.push(JSON.parse(data.toString()) as Frame)
    for (const w of waiters) w()
  })
  ws.on('error', () => {})
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })))
  return {
    ws,
    frames,
    events: () => frames.filter((f) => f.kind === 'event').map((f) => f.event!),
    closed,
    send: (msg) => {
      const send = () => ws.send(typeof msg === 'string' ? msg : JSON.stringify(msg))
      if (ws.readyState === WebSocket.OPEN) send()
      else ws.once('open', send)
    },
    waitFor: (pred, timeoutMs = 5_000) =>
      new Promise<Frame>((resolve, reject) => {
        const check = () => {
          const f = frames.find(pred)
          if (f) {
            waiters.delete(check)
            clearTimeout(timer)
            resolve(f)
          }
        }
        const timer = setTimeout(() => {
          waiters.delete(check)
          reject(new Error(`no matching frame within ${timeoutMs} ms; got ${JSON.stringify(frames.map((x) => x.event?.type ?? x.kind))}`))
        }, timeoutMs)
        waiters.add(check)
        check()
      }),
  }
}

/** Authenticated by header and subscribed; resolves once the server acknowledged the subscription. */
export async function subscribeWs(base: string, token: string, filter: Record<string, unknown> = {}, lastSeq?: number): Promise<TestWs> {
  const c = openWs(`${base.replace('http', 'ws')}/api/v1/live`, token)
  await c.waitFor((f) => f.kind === 'authenticated')
  c.send({ type: 'subscribe', filter, ...(lastSeq !== undefined ? { lastSeq } : {}) })
  await c.waitFor((f) => f.kind === 'subscribed')
  return c
}

export interface TestSse {
  status: number
  /** Resolves when the stream ends: with the `event: close` frame's code and reason if the hub sent one. */
  closed: Promise<{ code: number; reason: string } | null>
  events(): { id: string; event: DomainEvent }[]
  waitFor(pred: (e: DomainEvent) => boolean, timeoutMs?: number): Promise<DomainEvent>
  close(): void
}

export async function openSse(base: string, token: string | null, query = '', lastEventId?: number): Promise<TestSse> {
  const ctrl = new AbortController()
  const res = await fetch(`${base}/api/v1/live/sse${query}`, {
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(lastEventId !== undefined ? { 'last-event-id': String(lastEventId) } : {}) },
    signal: ctrl.signal,
  })
  const got: { id: string; event: DomainEvent }[] = []
  const waiters = new Set<() => void>()
  let closeFrame: { code: number; reason: string } | null = null
  let ended: (frame: { code: number; reason: string } | null) => void = () => {}
  const closed = new Promise<{ code: number; reason: string } | null>((resolve) => (ended = resolve))
  if (res.ok && res.body) {
    void (async () => {
      let buf = ''
      const decoder = new TextDecoder()
      try {
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
          buf += decoder.decode(chunk, { stream: true })
          let i: number
          while ((i = buf.indexOf('\n\n')) >= 0) {
            const block = buf.slice(0, i)
            buf = buf.slice(i + 2)
            const id = /^id: (.*)$/m.exec(block)?.[1]
            const data = /^data: (.*)$/m.exec(block)?.[1]
            if (id !== undefined && data !== undefined) got.push({ id, event: (JSON.parse(data) as { event: DomainEvent }).event })
            if (/^event: close$/m.test(block) && data !== undefined) closeFrame = JSON.parse(data) as { code: number; reason: string }
            for (const w of waiters) w()
          }
        }
      } catch {
        // aborted by close()
      }
      ended(closeFrame)
    })()
  } else {
    await res.body?.cancel()
    ended(null)
  }
  return {
    status: res.status,
    closed,
    events: () => got,
    close: () => ctrl.abort(),
    waitFor: (pred, timeoutMs = 5_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const f = got.find((g) => pred(g.event))
          if (f) {
            waiters.delete(check)
            clearTimeout(timer)
            resolve(f.event)
          }
        }
        const timer = setTimeout(() => reject(new Error(`no matching SSE event; got ${got.map((g) => g.event.type).join(',')}`)), timeoutMs)
        waiters.add(check)
        check()
      }),
  }
}

/**
 * Pauses `slow`'s socket (it reads nothing) and commits 10 MB of GREEN events in 50 kB commits:
 * more than the kernel's socket buffers hold for a client that reads nothing, well below the bound
 * for one that reads. Returns once they are committed; `slow` is resumed so that its close arrives.
 */
export async function floodPausedSubscriber(
  slow: TestWs,
  emit: (events: { type: string; marking: Marking; payload: unknown }[]) => Promise<unknown>,
  originator: { orgId: string; userId: string },
): Promise<void> {
  const socket = (slow.ws as unknown as { _socket: { pause(): void; resume(): void } })._socket
  socket.pause()
  const marking: Marking = { tlp: 'GREEN', audienceOrgs: [], audienceUsers: [], originatorOrg: originator.orgId, originatorUser: originator.userId }
  const big = 'x'.repeat(10_000)
  for (let i = 0; i < 200; i++) {
    await emit(Array.from({ length: 5 }, (_, k) => ({ type: 's.big', marking, payload: { i: i * 5 + k, big } })))
    // A reader sharing this process gets its turn, as a remote client would have.
    await new Promise((r) => setTimeout(r, 2))
  }
  socket.resume()
}
