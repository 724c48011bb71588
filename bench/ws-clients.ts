/**
 * WebSocket clients for the live benches, in a worker thread so that reading frames does not
 * queue behind the server's sending in the same event loop. Each frame's latency is its receipt
 * time minus the time stamped as `"t":` in its payload (the publish or commit time).
 */
import { Worker } from 'node:worker_threads'

const CLIENT_CODE = `
const { parentPort, workerData } = require('node:worker_threads')
const WebSocket = require('ws')
const { url, n, tokens, subscribe } = workerData
let lat = []
let elu = performance.eventLoopUtilization()
const closes = []
const sockets = []
// Without tokens a client names itself by index (?u=i); with them it authenticates by header
// and, given a subscribe message, counts as ready only once the server acknowledged it.
const open = (i) => new Promise((resolve, reject) => {
  const ws = tokens
    ? new WebSocket(url, { headers: { authorization: 'Bearer ' + tokens[i] } })
    : new WebSocket(url + '?u=' + i)
  let ready = false
  const settle = () => { if (!ready) { ready = true; resolve() } }
  ws.on('open', () => { if (!subscribe) settle() })
  ws.on('error', reject)
  ws.on('message', (data) => {
    const at = performance.timeOrigin + performance.now()
    // The stamp is the payload's last member: read it without parsing the whole frame.
    const i = data.lastIndexOf('"t":')
    if (i >= 0) return void lat.push(at - parseFloat(data.toString('latin1', i + 4, i + 40)))
    if (!subscribe || ready) return
    const text = data.toString()
    if (text.includes('"kind":"authenticated"')) ws.send(JSON.stringify(subscribe))
    else if (text.includes('"kind":"subscribed"')) settle()
    else reject(new Error('unexpected frame before subscribing: ' + text))
  })
  ws.on('close', (code) => closes.push(code))
  sockets.push(ws)
})
;(async () => {
  for (let i = 0; i < n; i += 100) await Promise.all(Array.from({ length: Math.min(100, n - i) }, (_, k) => open(i + k)))
  parentPort.postMessage({ type: 'ready' })
})().catch((err) => parentPort.postMessage({ type: 'failed', message: String(err && err.message || err) }))
parentPort.on('message', (m) => {
  if (m.type === 'collect') {
    const until = Date.now() + m.timeoutMs
    const check = () => {
      // Past the expected count, a short grace period shows duplicates if any were coming.
      if (lat.length >= m.expected && m.graceUntil === undefined) m.graceUntil = Date.now() + (m.graceMs || 0)
      if ((m.graceUntil !== undefined && Date.now() >= m.graceUntil) || Date.now() > until) {
        const busy = performance.eventLoopUtilization(elu).utilization
        elu = performance.eventLoopUtilization()
        parentPort.postMessage({ type: 'stats', lat: Float64Array.from(lat), closes: closes.length, busy })
        lat = []
      } else setTimeout(check, 5)
    }
    check()
  }
  if (m.type === 'close') {
    for (const s of sockets) s.terminate()
    parentPort.postMessage({ type: 'closed' })
  }
})
`

export interface ClientStats {
  /** Milliseconds from the stamp to receipt, one per event frame received. */
  lat: Float64Array
  closes: number
  /** Share of the clients' thread spent busy: near 1 means the readers, not the server, set the latency. */
  busy: number
}

export interface Clients {
  /** Waits for `expected` frames (20 s at most, then `graceMs` more) and returns what arrived since the last collect. */
  collect(expected: number, graceMs?: number): Promise<ClientStats>
  close(): Promise<void>
}

export interface ClientOptions {
  url: string
  n: number
  /** One API token a client: sent as `Authorization: Bearer`; otherwise clients connect as `?u=<index>`. */
  tokens?: string[]
  /** Sent once the server says `authenticated`; the client is ready when it says `subscribed`. */
  subscribe?: Record<string, unknown>
}

export async function startClients(opts: ClientOptions): Promise<Clients> {
  const worker = new Worker(CLIENT_CODE, { eval: true, workerData: opts })
  const next = (type: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const onMessage = (m: Record<string, unknown>) => {
        if (m.type === 'failed') reject(new Error(`clients: ${String(m.message)}`))
        if (m.type !== type) return
        worker.off('message', onMessage)
        resolve(m)
      }
      worker.on('message', onMessage)
      worker.once('error', reject)
    })
  try {
    await next('ready')
  } catch (err) {
    await worker.terminate()
    throw err
  }
  return {
    async collect(expected, graceMs = 0) {
      const reply = next('stats')
      worker.postMessage({ type: 'collect', expected, timeoutMs: 20_000, graceMs })
      return (await reply) as unknown as ClientStats
    },
    async close() {
      const closed = next('closed')
      worker.postMessage({ type: 'close' })
      await closed
      await worker.terminate()
    },
  }
}
