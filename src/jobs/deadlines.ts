/**
 * The deadline runner (the `jobs` role). Deadlines are rows; this loop wakes on a timer set to the
 * next due time and on a regular poll (another process may have armed an earlier one), claims each
 * due row in the transaction of its effect, and fires it once, whichever hub process gets there first.
 * It knows no capability: it dispatches by kind through the registry the composition root gives it.
 */
import type { Logger } from '../core/logger'
import type { AfterCommit, DeadlineRegistry } from '../domain/deadline-registry'
import type { Deps } from '../domain/deps'
import { unitOfWork } from '../domain/unit-of-work'
import { deadlineClaimer, type ClaimDeadline } from '../store/deadline-claim'
import { armedKinds, holdDeadline, nextDueAt, type DeadlineRow } from '../store/deadlines'
import type { Db, Store } from '../store/db'
import type { Tx } from '../store/tx'

/** How long a deadline whose effect failed is left alone before it is tried again. */
const RETRY_AFTER_MS = 60_000
/** Longest a timer is set for: a timer further out is re-armed on the next poll anyway. */
const MAX_TIMER_MS = 2_147_000_000

export interface DeadlineRunner {
  /** Fires every deadline due now; returns those it fired. */
  runDue(): Promise<DeadlineRow[]>
  /** Refuses (rejects, naming the kind) while an armed deadline has a kind nobody registered. */
  assertKnownKinds(): Promise<void>
  /** Checks the armed kinds, then starts the loop. */
  start(): Promise<void>
  stop(): Promise<void>
}

export interface DeadlineRunnerOptions {
  store: Store
  deps: Deps
  owner: string
  pollMs: number
  logger: Logger
  deadlines: DeadlineRegistry
}

export class UnknownDeadlineKindError extends Error {
  constructor(readonly kinds: readonly string[]) {
    super(`armed deadlines of unknown kind ${kinds.map((k) => `"${k}"`).join(', ')}: no capability registers ${kinds.length > 1 ? 'them' : 'it'}`)
  }
}

/** Rejects, naming them, while armed deadlines have kinds the registry cannot fire. */
export async function assertDeadlineKindsKnown(db: Db, deadlines: DeadlineRegistry): Promise<void> {
  const unknown = (await armedKinds(db)).filter((kind) => deadlines.handlerOf(kind) === undefined)
  if (unknown.length > 0) throw new UnknownDeadlineKindError(unknown)
}

/** Claims the next due row and runs its kind's handler, in one unit of work; null when none is due. */
async function fireNext(deps: Deps, registry: DeadlineRegistry, claim: (tx: Tx, at: string) => Promise<DeadlineRow | null>): Promise<{ due: DeadlineRow; after: AfterCommit | null } | null> {
  return unitOfWork(deps, async (u) => {
    const due = await claim(u.tx, u.at)
    if (!due) return null
    const fire = registry.handlerOf(due.kind)
    // Armed after this runner started (a newer hub version?): rolled back, held and logged, never dropped.
    if (!fire) throw new UnknownDeadlineKindError([due.kind])
    const after = await fire(u, due.subject_id, deps)
    return { due, after: after ?? null }
  })
}

export function createDeadlineRunner(opts: DeadlineRunnerOptions): DeadlineRunner {
  const { store, deps, owner, logger, deadlines } = opts
  const claimDialect: ClaimDeadline = deadlineClaimer(store.dialect)
  let poll: NodeJS.Timeout | null = null
  let timer: NodeJS.Timeout | null = null
  let running: Promise<unknown> = Promise.resolve()
  let stopped = true
  let starting = false

  async function runDue(): Promise<DeadlineRow[]> {
    const fired: DeadlineRow[] = []
    for (;;) {
      let claimedId: string | null = null
      try {
        const due = await fireNext(deps, deadlines, async (tx, at) => {
          const row = await claimDialect(tx, at, owner)
          claimedId = row?.id ?? null
          return row
        })
        if (!due) return fired
        fired.push(due.due)
        // Committed: what the handler left for now (its failure changes nothing the deadline did).
        if (due.after) await due.after().catch((err: unknown) => logger.warn({ err, deadline: due.due.id }, 'after-commit work of a deadline failed'))
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

  const assertKnownKinds = () => assertDeadlineKindsKnown(store.db, deadlines)

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
    assertKnownKinds,
    async start() {
      if (!stopped || starting) return
      starting = true
      try {
        await assertKnownKinds()
      } finally {
        starting = false
      }
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
