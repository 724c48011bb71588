/**
 * A job's loop in one process: while started, a pass on every tick of `pollMs`; one pass at a time
 * (a tick never overlaps the last one); runNow() runs a pass on demand, behind the running one.
 * The feed poller and the session sweeper share it; the claims in their rows make it safe beside
 * other hub processes.
 */
import type { Logger } from '../core/logger'

export interface PeriodicJob<T> {
  runNow(): Promise<T>
  start(): void
  stop(): Promise<void>
}

export function periodicJob<T>(pass: () => Promise<T>, opts: { pollMs: number; logger: Logger; failure: string }): PeriodicJob<T> {
  let timer: NodeJS.Timeout | null = null
  let running: Promise<unknown> = Promise.resolve()
  const tick = () => {
    running = running.then(pass).catch((err: unknown) => opts.logger.error({ err }, opts.failure))
  }
  return {
    runNow: () => {
      const run = running.then(pass)
      running = run.catch(() => undefined)
      return run
    },
    start() {
      if (timer) return
      timer = setInterval(tick, opts.pollMs)
      tick()
    },
    async stop() {
      if (timer) clearInterval(timer)
      timer = null
      await running
    },
  }
}
