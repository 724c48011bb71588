/**
 * The notify sender (the `jobs` role): claims due notification rows, applies the visibility rule
 * for each recipient as they are now, and sends. A claim is a lease committed before sending, so
 * several hub processes share the rows and never send one twice while they run; a process that
 * dies mid-send leaves its lease to run out and the row is sent again (the same Message-ID, the
 * same X-Shieldwall-Delivery id, so a receiver can tell).
 */
import type { Clock } from '../core/clock'
import type { Logger } from '../core/logger'
import { MAX_ATTEMPTS, notifyStore, retryDelayMs, sendPass, type DeliverContext, type SendPass } from '../domain/notify'
import type { Db } from '../store/db'
import { claimDueNotifications } from '../store/notify-claim'
import type { NotifyTransports } from './notify-transports'

export interface NotifySenderOptions {
  db: Db
  clock: Clock
  owner: string
  logger: Logger
  context: DeliverContext
  transports: NotifyTransports
  pollMs: number
  /** How long a claim holds before another process may take the row. */
  leaseMs?: number
  batchSize?: number
}

export interface SendCounts {
  sent: number
  withheld: number
  failed: number
}

export interface NotifySender {
  /** Sends everything due now; returns what happened. */
  runOnce(): Promise<SendCounts>
  start(): void
  /** Looks for due rows now rather than at the next poll (called after a commit that may have written some). */
  wake(): void
  stop(): Promise<void>
}

export function createNotifySender(opts: NotifySenderOptions): NotifySender {
  const { db, clock, owner, logger, context, transports } = opts
  const leaseMs = opts.leaseMs ?? 120_000
  const batchSize = opts.batchSize ?? 50
  let timer: NodeJS.Timeout | null = null
  let running: Promise<unknown> = Promise.resolve()

  async function sendOne(pass: SendPass, n: notifyStore.NotificationRow, counts: SendCounts): Promise<void> {
    try {
      const out = await pass.prepare(n)
      if (out.kind === 'withheld') {
        await notifyStore.markWithheld(db, n.id, owner, out.reason)
        counts.withheld++
        return
      }
      if (out.kind === 'mail') await transports.sendMail(out)
      else await transports.post(out)
      await notifyStore.markSent(db, n.id, owner, clock.now().toISOString())
      counts.sent++
    } catch (err) {
      const attempts = n.attempts + 1
      const next = attempts >= MAX_ATTEMPTS ? null : new Date(clock.now().getTime() + retryDelayMs(attempts)).toISOString()
      logger.warn({ err, notification: n.id, attempts }, next === null ? 'notification failed for the last time: dead letter' : 'notification failed; will retry')
      await notifyStore.markFailed(db, n, owner, err instanceof Error ? err.message : String(err), next)
      counts.failed++
    }
  }

  async function runOnce(): Promise<SendCounts> {
    const counts: SendCounts = { sent: 0, withheld: 0, failed: 0 }
    for (;;) {
      const now = clock.now()
      const claimed = await claimDueNotifications(db, now.toISOString(), owner, new Date(now.getTime() + leaseMs).toISOString(), batchSize)
      // Sent side by side: a slow mail server or receiver does not hold up the rest of the batch.
      const pass = await sendPass(context, claimed)
      await Promise.all(claimed.map((n) => sendOne(pass, n, counts)))
      if (claimed.length < batchSize) return counts
    }
  }

  // At most one pass waiting behind the running one: wakes and polls that come meanwhile join it.
  let queued = false
  const schedule = () => {
    if (queued) return
    queued = true
    running = running
      .then(() => {
        queued = false
        return runOnce()
      })
      .catch((err: unknown) => logger.error({ err }, 'notify sender pass failed'))
  }

  return {
    runOnce: () => {
      const run = running.then(runOnce)
      running = run.catch(() => undefined)
      return run
    },
    start() {
      if (timer) return
      timer = setInterval(schedule, opts.pollMs)
      timer.unref()
      schedule()
    },
    wake() {
      if (timer) schedule()
    },
    async stop() {
      if (timer) clearInterval(timer)
      timer = null
      await running
      transports.close()
    },
  }
}
