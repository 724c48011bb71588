/**
 * The pg client behind a Kysely transaction, for what the query builder cannot send (COPY).
 * Kysely keeps its client private; every client the pool opens is therefore recorded by its
 * server process id, and a transaction finds its own by asking the server `pg_backend_pid()`.
 */
import { sql } from 'kysely'
import type pg from 'pg'
import type { Tx } from './tx'

const clientsOf = new WeakMap<pg.Pool, Map<number, pg.PoolClient>>()
const clientOfTx = new WeakMap<Tx, pg.PoolClient>()

/** Starts recording `pool`'s clients; call it before the pool opens its first connection. */
export function trackPoolClients(pool: pg.Pool): void {
  const clients = new Map<number, pg.PoolClient>()
  clientsOf.set(pool, clients)
  // processID is only known once connected: 'connect' fires after that.
  pool.on('connect', (client) => clients.set(processIdOf(client), client))
  pool.on('remove', (client) => clients.delete(processIdOf(client)))
}

const processIdOf = (client: pg.PoolClient): number => (client as unknown as { processID: number }).processID

/** The client `tx` runs on (one query the first time per transaction). */
export async function pgClientOf(pool: pg.Pool, tx: Tx): Promise<pg.PoolClient> {
  const known = clientOfTx.get(tx)
  if (known) return known
  const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(tx)
  const client = clientsOf.get(pool)?.get(Number(rows[0]!.pid))
  if (!client) throw new Error('pgClientOf: the pool was opened without trackPoolClients, or the transaction is not on it')
  clientOfTx.set(tx, client)
  return client
}
