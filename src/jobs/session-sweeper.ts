/**
 * The session sweeper (the `jobs` role): on a regular tick it ends and audits the sessions that
 * went idle or reached their absolute end without being presented again, so every session end is
 * in the audit chain. Ending only an open session makes it safe beside other hub processes and
 * beside a request presenting the same session: the end is audited once.
 */
import type { Logger } from '../core/logger'
import type { Deps } from '../domain/deps'
import { sessions } from '../domain/members'
import { periodicJob } from './periodic'

export interface SessionSweeper {
  /** Ends and audits every session expired now; returns how many it ended. */
  sweepDue(): Promise<number>
  start(): void
  stop(): Promise<void>
}

export function createSessionSweeper(opts: { deps: Deps; pollMs: number; logger: Logger }): SessionSweeper {
  const { deps, logger } = opts

  async function sweepDue(): Promise<number> {
    let total = 0
    // In batches, so a backlog (a hub that was down) is worked off without one huge read.
    for (let n = await sessions.sweepExpiredSessions(deps); n > 0; n = await sessions.sweepExpiredSessions(deps)) total += n
    if (total > 0) logger.info({ ended: total }, 'expired sessions ended')
    return total
  }

  const job = periodicJob(sweepDue, { pollMs: opts.pollMs, logger, failure: 'session sweep failed' })
  return { sweepDue: job.runNow, start: job.start, stop: job.stop }
}
