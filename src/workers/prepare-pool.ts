/**
 * Reads a bundle through the prepare worker: the bytes go to a worker thread, which scans, parses
 * and prepares the objects (prepared.ts) while this thread writes the batches before them, so the
 * two halves of an import run on two cores. Memory stays bounded at both ends: the reader sends at
 * most READ_AHEAD_BYTES the worker has not parsed yet (the source is paused beyond), and the
 * worker prepares at most BATCHES_AHEAD batches the writer has not taken. One worker serves every
 * import of the process; it is started on the first and does not keep the process alive when idle.
 */
import { finished, type Readable } from 'node:stream'
import { Worker } from 'node:worker_threads'
import { reviveAppError } from '../core/errors'
import type { BundleHeader } from '../formats/stix/bundle-reader'
import type { FromWorker, ToWorker, WorkerFailure } from './prepare-protocol'
import { fromWire, type PreparedBatch, type WireBatch } from '../domain/intel/import/prepared'

const READ_AHEAD_BYTES = 16 << 20
/**
 * Batches are smaller than `readBundle`'s: the writer starts when the first is prepared and the
 * worker is idle while the last is written, so small batches overlap more of the two.
 */
const BATCH_SIZE = 2000
const BATCH_BYTES = 2 << 20

/**
 * The worker's entry. Compiled (dist/, plain JavaScript) it is the compiled worker itself. Run from
 * the TypeScript sources (tsx, vitest) it is prepare-worker.mjs, which registers tsx first: a
 * worker thread does not inherit the loader that runs the hub's TypeScript.
 */
const workerEntry = (): URL =>
  new URL(import.meta.url.endsWith('.ts') ? './prepare-worker.mjs' : './prepare-worker.js', import.meta.url)

type Arrival = { batch: WireBatch } | { error: Error } | { done: true }

interface JobSink {
  onMessage(msg: FromWorker): void
  onCrash(error: Error): void
}

/** The shared worker and the imports it serves. */
class PreparePool {
  #worker: Worker | null = null
  #ready: Promise<void> = Promise.resolve()
  readonly #jobs = new Map<number, JobSink>()
  #nextJob = 1

  open(sink: JobSink): number {
    const job = this.#nextJob++
    this.#jobs.set(job, sink)
    this.#workerFor().ref()
    return job
  }

  /** Starts the worker if it is not running; resolves once it is loaded. */
  async warm(): Promise<void> {
    // Held while it loads (a caller may be waiting on nothing else), then let go if idle.
    const worker = this.#workerFor()
    worker.ref()
    try {
      await this.#ready
    } finally {
      if (this.#jobs.size === 0) worker.unref()
    }
  }

  close(job: number): void {
    this.#jobs.delete(job)
    if (this.#jobs.size === 0) this.#worker?.unref()
  }

  /** Sends to the worker of the open jobs (none after a crash: the jobs have failed then). */
  send(msg: ToWorker, transfer: ArrayBuffer[] = []): void {
    this.#worker?.postMessage(msg, transfer)
  }

  #workerFor(): Worker {
    if (this.#worker !== null) return this.#worker
    const worker = new Worker(workerEntry(), { execArgv: [] })
    this.#ready = new Promise((resolve, reject) => {
      worker.once('message', () => resolve())
      worker.once('error', reject)
    })
    // A failed start is reported to the imports waiting on it (and to warm()'s caller, if it waits).
    this.#ready.catch(() => {})
    worker.on('message', (msg: FromWorker) => this.#jobs.get(msg.job)?.onMessage(msg))
    const crash = (error: Error): void => {
      if (this.#worker === worker) this.#worker = null
      for (const sink of [...this.#jobs.values()]) sink.onCrash(error)
    }
    worker.on('error', crash)
    worker.on('exit', (code) => crash(new Error(`the import worker stopped (exit code ${code})`)))
    this.#worker = worker
    return worker
  }
}

const pool = new PreparePool()

/**
 * Starts the import worker ahead of the first import (loading it takes a moment), as a hub does
 * when it starts; resolves once it is loaded. Imports start it themselves otherwise.
 */
export const startImportWorker = (): Promise<void> => pool.warm()

const errorOf = (f: WorkerFailure): Error => (f.app ? reviveAppError(f.app.code, f.message, f.app.errors, f.app.extra) : new Error(`import worker: ${f.message}`))

/**
 * The bundle's objects, prepared, in batches of about `batchSize` (or `batchBytes` of JSON); the
 * same objects and errors (a 400 problem for malformed JSON or a document that is not a
 * bundle) as `readBundle`. `header` holds the bundle's id and type once the batches are read.
 */
export function readPreparedBundle(source: Readable, opts: ReadOptions): { batches: AsyncIterable<PreparedBatch>; header: BundleHeader } {
  const header: BundleHeader = { id: null, type: null }
  return { header, batches: preparedBatches(source, opts, header) }
}

export interface ReadOptions {
  partial: boolean
  /** No deviation accepted or repaired (see formats/stix/deviations.ts). */
  strict?: boolean
  batchSize?: number
  /** A batch is also cut after this much JSON. */
  batchBytes?: number
  /** Bytes read but not yet parsed, at most (READ_AHEAD_BYTES). */
  readAheadBytes?: number
}

async function* preparedBatches(source: Readable, opts: ReadOptions, header: BundleHeader): AsyncGenerator<PreparedBatch> {
  const readAhead = opts.readAheadBytes ?? READ_AHEAD_BYTES
  const arrivals: Arrival[] = []
  let wake: (() => void) | null = null
  const arrive = (a: Arrival): void => {
    arrivals.push(a)
    const w = wake
    wake = null
    w?.()
  }
  let unparsed = 0
  let sourceEnded = false
  let over = false
  const job = pool.open({
    onMessage(msg) {
      if (msg.kind === 'fed') {
        unparsed -= msg.bytes
        if (unparsed < readAhead && source.isPaused() && !over) source.resume()
      } else if (msg.kind === 'batch') arrive({ batch: msg.batch })
      else if (msg.kind === 'done') {
        Object.assign(header, msg.header)
        arrive({ done: true })
      } else if (msg.kind === 'failed') arrive({ error: errorOf(msg.failure) })
    },
    onCrash: (error) => arrive({ error }),
  })
  pool.send({ job, kind: 'start', partial: opts.partial, strict: opts.strict ?? false, batchSize: opts.batchSize ?? BATCH_SIZE, batchBytes: opts.batchBytes ?? BATCH_BYTES })
  const onData = (chunk: Buffer | string): void => {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    // A copy of its own, so that transferring it detaches no buffer the stream shares.
    const copy = new Uint8Array(bytes.length)
    copy.set(bytes)
    unparsed += copy.length
    pool.send({ job, kind: 'chunk', bytes: copy }, [copy.buffer])
    if (unparsed >= readAhead) source.pause()
  }
  source.on('data', onData)
  const stopWatching = finished(source, (e) => {
    if (e) return arrive({ error: e })
    sourceEnded = true
    pool.send({ job, kind: 'end' })
  })
  let done = false
  try {
    for (;;) {
      const next = arrivals.shift()
      if (next === undefined) {
        await new Promise<void>((resolve) => (wake = resolve))
        continue
      }
      if ('error' in next) throw next.error
      if ('done' in next) {
        done = true
        return
      }
      pool.send({ job, kind: 'taken' })
      yield fromWire(next.batch)
    }
  } finally {
    over = true
    source.off('data', onData)
    stopWatching()
    if (!sourceEnded) source.destroy()
    if (!done) pool.send({ job, kind: 'cancel' })
    pool.close(job)
  }
}
