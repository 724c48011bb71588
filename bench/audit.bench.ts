/**
 * Audit appends (hash, chain head update, insert, in a transaction) against raw inserts of the
 * same rows through the driver, on a SQLite file and, when TEST_DATABASE_URL is set, PostgreSQL.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { appendAudit, type AuditEntry } from '../src/domain/audit'
import { openStore, type Store } from '../src/store/db'
import { migrateToLatest } from '../src/store/migrate'
import { inTx } from '../src/store/tx'
import { fmt } from './stats'
import { randomBytes } from 'node:crypto'
import { dropPgSchema } from '../src/store/db'

const N = 3000

async function appendAll(store: Store, perTx: number): Promise<{ ms: number; entries: AuditEntry[] }> {
  const entries: AuditEntry[] = []
  const t0 = performance.now()
  for (let i = 0; i < N; i += perTx) {
    await inTx(store.db, async (tx) => {
      for (let j = i; j < Math.min(N, i + perTx); j++) {
        entries.push(await appendAudit(tx, new Date(1_767_225_600_000 + j).toISOString(), { actor: 'bench', actorOrg: 'hub', action: 'bench.append', subject: `s${j}`, detail: { j, note: 'benchmark entry' } }))
      }
    })
  }
  return { ms: performance.now() - t0, entries }
}

async function rawInsertAll(store: Store, entries: AuditEntry[], perTx: number): Promise<number> {
  const rows = entries.map((e) => [e.seq + 1_000_000, e.at, e.actor, e.actorOrg, e.action, e.subject, JSON.stringify(e.detail), e.prevHash, e.hash])
  const t0 = performance.now()
  if (store.sqlite) {
    const stmt = store.sqlite.prepare('insert into audit_log (seq, at, actor, actor_org, action, subject, detail, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    const batch = store.sqlite.transaction((rs: unknown[][]) => rs.forEach((r) => stmt.run(...r)))
    for (let i = 0; i < rows.length; i += perTx) batch(rows.slice(i, i + perTx))
  } else if (store.pool) {
    const client = await store.pool.connect()
    try {
      for (let i = 0; i < rows.length; i += perTx) {
        await client.query('begin')
        for (const r of rows.slice(i, i + perTx)) {
          await client.query('insert into audit_log (seq, at, actor, actor_org, action, subject, detail, prev_hash, hash) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)', r)
        }
        await client.query('commit')
      }
    } finally {
      client.release()
    }
  }
  return performance.now() - t0
}

async function measure(label: string, open: () => Promise<Store & { cleanup(): Promise<void> }>): Promise<void> {
  for (const perTx of [1, 100]) {
    const store = await open()
    try {
      const { ms, entries } = await appendAll(store, perTx)
      const rawMs = await rawInsertAll(store, entries, perTx)
      const rate = (N / ms) * 1000
      const rawRate = (N / rawMs) * 1000
      console.log(
        `${label.padEnd(10)} ${String(perTx).padStart(3)} per tx: audit appends ${fmt(rate, 0).padStart(8)}/s   raw inserts ${fmt(rawRate, 0).padStart(8)}/s   ratio ${fmt(rate / rawRate, 2)}`,
      )
    } finally {
      await store.cleanup()
    }
  }
}

export default async function auditBench(): Promise<void> {
  console.log(`${N} entries each; a "raw insert" is the same row through the driver's prepared statement, no hashing or chain head`)
  await measure('sqlite', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sw-bench-'))
    const store = await openStore({ databaseUrl: null, dataDir: dir })
    await migrateToLatest(store)
    return { ...store, cleanup: async () => (await store.close(), rmSync(dir, { recursive: true, force: true })) }
  })
  const url = process.env.TEST_DATABASE_URL
  if (!url) return console.log('postgres   skipped: set TEST_DATABASE_URL')
  await measure('postgres', async () => {
    const schema = `bench_${randomBytes(4).toString('hex')}`
    const store = await openStore({ databaseUrl: url, dataDir: '', pgSchema: schema })
    await migrateToLatest(store)
    return { ...store, cleanup: async () => (await store.close(), await dropPgSchema(url, schema)) }
  })
}
