/**
 * The feed poller (the `jobs` role): on a regular tick it claims the intel feeds that are due and
 * polls them one after another. The claim lives in the feed's row, so several hub processes may
 * run this loop side by side and a feed is still polled by one at a time.
 */
import type { Logger } from '../core/logger'
import type { Deps } from '../domain/deps'
import { feeds, type PollOutcome } from '../domain/intel'
import { periodicJob } from './periodic'

export interface FeedPoller {
  /** Polls every feed due now; returns what each poll came to. */
  pollDue(): Promise<PollOutcome[]>
  start(): void
  stop(): Promise<void>
}

export function createFeedPoller(opts: { deps: Deps; owner: string; pollMs: number; logger: Logger }): FeedPoller {
  const { deps, owner, logger } = opts

  async function pollDue(): Promise<PollOutcome[]> {
    const outcomes = await feeds.pollDueFeeds(deps, owner)
    for (const o of outcomes) {
      if (o.ok) logger.info({ feed: o.feedId, added: o.added, pages: o.pages }, 'feed polled')
      // The error is our own words (never credentials); an unexpected cause is logged for the operator.
      else logger.warn({ feed: o.feedId, added: o.added, error: o.error, ...(o.cause ? { err: o.cause } : {}) }, 'feed poll failed')
    }
    return outcomes
  }

  const job = periodicJob(pollDue, { pollMs: opts.pollMs, logger, failure: 'feed poller tick failed' })
  return { pollDue: job.runNow, start: job.start, stop: job.stop }
}
