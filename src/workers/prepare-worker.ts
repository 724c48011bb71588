/**
 * The prepare worker: for each import, it scans the bundle's bytes as they come, and prepares each
 * batch of objects (prepared.ts) up to BATCHES_AHEAD batches ahead of the writer, then waits for
 * the writer to take one. Chunks wait here meanwhile; the reader sends no more than its read-ahead.
 */
import { parentPort } from 'node:worker_threads'
import { AppError } from '../core/errors'
import { BundleScanner, takeFullBatch } from '../formats/stix/bundle-reader'
import { BATCHES_AHEAD, type FromWorker, type ToWorker, type WorkerFailure } from './prepare-protocol'
import { Preparer, toWire } from '../domain/intel/import/prepared'

const port = parentPort!

class Job {
  readonly scanner = new BundleScanner()
  readonly preparer: Preparer
  readonly chunks: Uint8Array[] = []
  /** What is left of the last batch once the input ended, cut to the batch size. */
  rest: unknown[][] | null = null
  ended = false
  ahead = 0

  constructor(
    readonly id: number,
    opts: { partial: boolean; strict: boolean },
    readonly batchSize: number,
    readonly batchBytes: number,
  ) {
    this.preparer = new Preparer(opts)
  }

  /** Goes as far as the chunks and the writer allow; true when the job is over. */
  pump(): boolean {
    while (this.ahead < BATCHES_AHEAD) {
      if (this.rest !== null) {
        const last = this.rest.shift()
        if (last === undefined) {
          send({ job: this.id, kind: 'done', header: this.scanner.header })
          return true
        }
        this.post(last)
        continue
      }
      const chunk = this.chunks.shift()
      if (chunk === undefined) {
        if (!this.ended) return false
        this.scanner.end()
        this.rest = []
        const left = this.scanner.batch
        for (let i = 0; i < left.length; i += this.batchSize) this.rest.push(left.slice(i, i + this.batchSize))
        continue
      }
      this.scanner.feed(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length))
      send({ job: this.id, kind: 'fed', bytes: chunk.length })
      const full = takeFullBatch(this.scanner, this.batchSize, this.batchBytes)
      if (full !== null) this.post(full)
    }
    return false
  }

  post(raws: unknown[]): void {
    this.ahead++
    const batch = toWire(this.preparer.prepare(raws))
    send({ job: this.id, kind: 'batch', batch }, [batch.lengths.buffer as ArrayBuffer])
  }
}

const send = (msg: FromWorker, transfer: ArrayBuffer[] = []): void => port.postMessage(msg, transfer)

const failureOf = (e: unknown): WorkerFailure =>
  e instanceof AppError
    ? { app: { status: e.status, code: e.code, errors: e.errors, extra: e.extra }, message: e.message }
    : { message: e instanceof Error ? (e.stack ?? e.message) : String(e) }

const jobs = new Map<number, Job>()

function step(job: Job, change: (job: Job) => void): void {
  change(job)
  try {
    if (job.pump()) jobs.delete(job.id)
  } catch (e) {
    jobs.delete(job.id)
    send({ job: job.id, kind: 'failed', failure: failureOf(e) })
  }
}

send({ job: 0, kind: 'ready' })

port.on('message', (msg: ToWorker) => {
  if (msg.kind === 'start') return void jobs.set(msg.job, new Job(msg.job, { partial: msg.partial, strict: msg.strict }, msg.batchSize, msg.batchBytes))
  const job = jobs.get(msg.job)
  if (job === undefined) return
  if (msg.kind === 'cancel') return void jobs.delete(msg.job)
  step(job, (j) => {
    if (msg.kind === 'chunk') j.chunks.push(msg.bytes)
    else if (msg.kind === 'end') j.ended = true
    else j.ahead--
  })
})
