/**
 * Sign-in throttling: failures are counted per user and per address in the database (so every
 * hub process counts the same ones); past the limit within the window, the key is locked for the
 * lockout, and a sign-in answers 429 with Retry-After even with the right credentials.
 */
import type { Db } from '../../store/db'
import type { Tx } from '../../store/tx'

type Q = Db | Tx

export interface ThrottleRule {
  failures: number
  windowMs: number
  lockMs: number
}

export const USER_RULE: ThrottleRule = { failures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 }
export const ADDRESS_RULE: ThrottleRule = { failures: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000 }

export const userKey = (userId: string) => `user:${userId}`
export const addressKey = (address: string) => `addr:${address}`

/** Milliseconds until the key unlocks, or 0 when it is not locked. */
export async function lockedFor(q: Q, key: string, now: Date): Promise<number> {
  const r = await q.selectFrom('signin_throttle').select('locked_until').where('key', '=', key).executeTakeFirst()
  if (!r?.locked_until) return 0
  return Math.max(0, Date.parse(r.locked_until) - now.getTime())
}

/** Counts a failure; returns true when this one locked the key. */
export async function countFailure(q: Q, key: string, rule: ThrottleRule, now: Date): Promise<boolean> {
  const at = now.toISOString()
  const r = await q.selectFrom('signin_throttle').selectAll().where('key', '=', key).executeTakeFirst()
  const fresh = !r || now.getTime() - Date.parse(r.window_start) > rule.windowMs
  const failures = fresh ? 1 : r.failures + 1
  const lock = failures >= rule.failures ? new Date(now.getTime() + rule.lockMs).toISOString() : null
  if (!r) {
    // Two processes counting a first failure at once: the loser counts on the winner's row.
    const inserted = await q.insertInto('signin_throttle').values({ key, failures, window_start: at, locked_until: lock }).onConflict((oc) => oc.column('key').doNothing()).executeTakeFirst()
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return countFailure(q, key, rule, now)
  } else
    await q
      .updateTable('signin_throttle')
      .set({ failures: lock ? 0 : failures, window_start: fresh || lock ? at : r.window_start, locked_until: lock ?? r.locked_until })
      .where('key', '=', key)
      .execute()
  return lock !== null
}

export async function clearFailures(q: Q, key: string): Promise<void> {
  await q.deleteFrom('signin_throttle').where('key', '=', key).execute()
}
