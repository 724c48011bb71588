/** The messages between the import writer (main thread) and the prepare worker. Every message names its import (`job`). */
import type { FieldProblem } from '../core/errors'
import type { BundleHeader } from '../formats/stix/bundle-reader'
import type { WireBatch } from '../domain/intel/import/prepared'

export type ToWorker =
  | { job: number; kind: 'start'; partial: boolean; strict: boolean; batchSize: number; batchBytes: number }
  | { job: number; kind: 'chunk'; bytes: Uint8Array }
  | { job: number; kind: 'end' }
  /** The writer took a batch: the worker may prepare one more. */
  | { job: number; kind: 'taken' }
  | { job: number; kind: 'cancel' }

export interface WorkerFailure {
  /** Set for an AppError (bad input), so that the writer throws the same problem. */
  app?: { status: number; code: string; errors: FieldProblem[]; extra: Record<string, unknown> }
  message: string
}

export type FromWorker =
  /** Loaded (job 0). */
  | { job: 0; kind: 'ready' }
  /** Bytes of the input parsed: the reader may send that much more. */
  | { job: number; kind: 'fed'; bytes: number }
  | { job: number; kind: 'batch'; batch: WireBatch }
  | { job: number; kind: 'done'; header: BundleHeader }
  | { job: number; kind: 'failed'; failure: WorkerFailure }

/** Prepared batches the worker may hold ready beyond what the writer took. */
export const BATCHES_AHEAD = 2
