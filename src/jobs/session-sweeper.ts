/**
 * The session sweeper (the `jobs` role): on a regular tick it ends and audits the sessions that
 * went idle or reached their absolute end without being presented again, so every session end is
 * in the audit chain. Ending only an open session makes it safe beside other hub processes and
 * beside a request presenting the same session: the end is audited once.
 */
import type { Logger } from '../core/logger'
import type { Deps } from '../domain/deps'
import { sessions } from '../domain/members'

export interface SessionSweeper {
  /** Ends and audits every session expired now; returns how many it ended. */
  sweepDue(): Promise<number>
  start(): void
  stop(): Promise<void>
}

export function createSessionSweeper(opts: { deps: Deps; pollMs: number; logger: Logger }): SessionSweeper {
  const { deps, logger } = opts
  let timer: NodeJS.Timeout | null = null
  let running: Promise<unknown> = Promise.resolve()

  async function sweepDue(): Promise<number> {
    let total = 0
    // In batches, so a backlog (a hub that was down) is worked off without one huge read.
    for (let n = await sessions.sweepExpiredSessions(deps); n > 0; n = await sessions.sweepExpiredSessions(deps)) total += n
    if (total > 0) logger.info({ ended: total }, 'expired sessions ended')
    return total
  }

  // One pass at a time in this process: a tick never overlaps the last one.
  const tick = () => {
    running = running.then(sweepDue).catch((err: unknown) => logger.error({ err }, 'session sweep failed'))
  }

  return {
    sweepDue: () => {
      const run = running.then(sweepDue)
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
