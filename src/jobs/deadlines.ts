/**
 * The deadline runner (the `jobs` role). Deadlines are rows; this loop wakes on a timer set to the
 * next due time and on a regular poll (another process may have armed an earlier one), claims each
 * due row in the transaction of its effect, and fires it once, whichever hub process gets there first.
 */
import type { Logger } from '../core/logger'
import { assistance } from '../domain/assistance'
import type { Deps } from '../domain/deps'
import { deadlineClaimer } from '../store/deadline-claim'
import { holdDeadline, nextDueAt, type DeadlineRow } from '../store/deadlines'
import type { Store } from '../store/db'

/** How long a deadline whose effect failed is left alone before it is tried again. */
const RETRY_AFTER_MS = 60_000
/** Longest a timer is set for: a timer further out is re-armed on the next poll anyway. */
const MAX_TIMER_MS = 2_147_000_000

export interface DeadlineRunner {
  /** Fires every deadline due now; returns those it fired. */
  runDue(): Promise<DeadlineRow[]>
  start(): void
  stop(): Promise<void>
}

export function createDeadlineRunner(opts: { store: Store; deps: Deps; owner: string; pollMs: number; logger: Logger }): DeadlineRunner {
  const { store, deps, owner, logger } = opts
  const claimDialect = deadlineClaimer(store.dialect)
  let poll: NodeJS.Timeout | null = null
  let timer: NodeJS.Timeout | null = null
  let running: Promise<unknown> = Promise.resolve()
  let stopped = true

  async function runDue(): Promise<DeadlineRow[]> {
    const fired: DeadlineRow[] = []
    for (;;) {
      let claimedId: string | null = null
      try {
        const due = await assistance.fireNextDeadline(deps, async (tx, at) => {
          const row = await claimDialect(tx, at, owner)
          claimedId = row?.id ?? null
          return row
        })
        if (!due) return fired
        fired.push(due)
      } catch (err) {
        // The effect rolled back with its claim; hold the row so one bad deadline does not spin.
        if (claimedId === null) throw err
        logger.error({ err, deadline: claimedId }, 'deadline effect failed; will retry')
        await holdDeadline(store.db, claimedId, owner, new Date(deps.clock.now().getTime() + RETRY_AFTER_MS).toISOString())
      }
    }
  }

  async function tick(): Promise<void> {
    if (stopped) return
    try {
      await runDue()
      const next = await nextDueAt(store.db)
      if (timer) clearTimeout(timer)
      timer = null
      if (next !== null && !stopped) {
        const wait = Math.min(Math.max(0, Date.parse(next) - deps.clock.now().getTime()), MAX_TIMER_MS)
        timer = setTimeout(schedule, wait)
      }
    } catch (err) {
      logger.error({ err }, 'deadline runner tick failed')
    }
  }

  // One tick at a time: the poll and the timer never run side by side in one process.
  function schedule(): void {
    running = running.then(tick)
  }

  return {
    runDue: () => {
      const run = running.then(runDue)
      running = run.catch(() => undefined)
      return run
    },
    start() {
      if (!stopped) return
      stopped = false
      poll = setInterval(schedule, opts.pollMs)
      schedule()
    },
    async stop() {
      stopped = true
      if (poll) clearInterval(poll)
      if (timer) clearTimeout(timer)
      poll = timer = null
      await running
    },
  }
}
