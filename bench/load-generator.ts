/**
 * HTTP load from a worker thread (autocannon as a library), so that generating and reading the
 * load does not share the event loop of the server it measures.
 */
import { Worker } from 'node:worker_threads'

const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads')
const autocannon = require('autocannon')
autocannon(workerData, (err, raw) => {
  if (err) return parentPort.postMessage({ failed: String(err && err.message || err) })
  // Inside a worker thread autocannon hands back its raw histograms, to be aggregated here.
  const r = autocannon.aggregateResult([raw], workerData)
  parentPort.postMessage({
    requests: raw.totalCompletedRequests,
    rps: raw.totalCompletedRequests / (raw.duration || workerData.duration),
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    bytes: r.throughput.total,
    statusCodes: r.statusCodeStats,
  })
})
`

export interface LoadOptions {
  url: string
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  body?: string
  connections: number
  /** Seconds. */
  duration: number
  /** Seconds a request may take before it counts as a timeout (unanswered). */
  timeout: number
}

export interface LoadResult {
  requests: number
  rps: number
  p50: number
  p99: number
  max: number
  errors: number
  timeouts: number
  non2xx: number
  bytes: number
  statusCodes: Record<string, { count: number }>
}

export function runLoad(opts: LoadOptions): Promise<LoadResult> {
  const worker = new Worker(WORKER_CODE, { eval: true, workerData: { method: 'GET', ...opts } })
  return new Promise<LoadResult>((resolve, reject) => {
    worker.once('message', (m: LoadResult & { failed?: string }) => {
      void worker.terminate()
      if (m.failed) reject(new Error(`load generator: ${m.failed}`))
      else resolve(m)
    })
    worker.once('error', reject)
  })
}
