import type { Transaction } from 'kysely'
import type { Db } from './db'
import type { Database } from './schema'

export type Tx = Transaction<Database>

/**
 * Runs a use case in one transaction. Work queued with `afterCommit` (publishing outbox events)
 * runs only once the commit has succeeded.
 */
export async function inTx<T>(db: Db, fn: (tx: Tx, afterCommit: (f: () => void | Promise<void>) => void) => Promise<T>): Promise<T> {
  const after: (() => void | Promise<void>)[] = []
  const result = await db.transaction().execute((tx) => fn(tx, (f) => after.push(f)))
  for (const f of after) await f()
  return result
}
