/**
 * What signing in costs: authenticating a request by session cookie (one joined lookup by the
 * secret's hash, the idle expiry pushed on at most once a minute) against the existing bearer
 * token path and against the raw indexed select by hash through the driver; and the one-off cost
 * of a password check (scrypt) against a SHA-256 of the same input.
 */
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { systemClock } from '../src/core/clock'
import type { Deps } from '../src/domain/deps'
import { RecordingSink } from '../src/domain/events'
import { members, sessions } from '../src/domain/members'
import { hashPassword, verifyPassword } from '../src/domain/members/credentials'
import { hashSessionSecret } from '../src/domain/members/sessions'
import { openBenchStore, type BenchStore } from './bench-store'
import { fmt } from './stats'

const N = 3000

async function perOpUs(fn: () => Promise<unknown>, n = N): Promise<number> {
  for (let i = 0; i < 200; i++) await fn()
  const t0 = performance.now()
  for (let i = 0; i < n; i++) await fn()
  return ((performance.now() - t0) * 1000) / n
}

async function rawLookup(store: BenchStore, hash: string): Promise<() => Promise<unknown>> {
  if (store.sqlite) {
    const stmt = store.sqlite.prepare('select s.*, u.roles from session s join app_user u on u.id = s.user_id where s.secret_hash = ?')
    return async () => stmt.get(hash)
  }
  const pool = store.pool!
  return () => pool.query('select s.*, u.roles from session s join app_user u on u.id = s.user_id where s.secret_hash = $1', [hash])
}

async function measure(dialect: 'sqlite' | 'postgres', dir: string): Promise<void> {
  const store = await openBenchStore(dialect, dir, 'session')
  try {
    const deps: Deps = { db: store.db, clock: systemClock, events: new RecordingSink() }
    const first = (await members.bootstrapHub(deps, { hubName: 'Bench hub' }))!
    const started = await sessions.startSession(deps, { userId: first.admin.id, method: 'password', address: '127.0.0.1', userAgent: 'bench' })
    const cookieUs = await perOpUs(() => sessions.authenticateSession(deps, started.cookieValue))
    const tokenUs = await perOpUs(() => members.authenticateCredential(deps, first.token))
    const rawUs = await perOpUs(await rawLookup(store, hashSessionSecret(started.cookieValue)))
    console.log(
      `${dialect}: session cookie ${fmt(cookieUs)} µs/request, bearer token ${fmt(tokenUs)} µs, raw indexed select ${fmt(rawUs)} µs` +
        ` (cookie/token ${fmt(cookieUs / tokenUs, 2)}x, cookie/raw ${fmt(cookieUs / rawUs, 2)}x; ${N} requests each)`,
    )
  } finally {
    await store.cleanup()
  }
}

export default async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'shieldwall-bench-session-'))
  try {
    await measure('sqlite', dir)
    if (process.env.TEST_DATABASE_URL) await measure('postgres', dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const stored = await hashPassword('correct horse battery staple')
  const checks = 20
  const t0 = performance.now()
  for (let i = 0; i < checks; i++) await verifyPassword('correct horse battery staple', stored)
  const scryptMs = (performance.now() - t0) / checks
  const t1 = performance.now()
  for (let i = 0; i < 10_000; i++) createHash('sha256').update(`correct horse battery staple${i}`).digest()
  const shaMs = (performance.now() - t1) / 10_000
  console.log(`password check (scrypt N=16384, r=8): ${fmt(scryptMs)} ms per sign-in, SHA-256 of the same ${fmt(shaMs * 1000, 2)} µs (ratio ${fmt(scryptMs / shaMs, 0)}x: the point of a slow hash)`)
}
