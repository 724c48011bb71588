/**
 * Deciding proposals at their deadline, through the deadline runner as the hub runs it: claim the
 * row, lock the proposal, count the last answers, decide, end the round, audit, outbox event;
 * each proposal (three addressees, all concurring) in its own transaction. The raw baseline, in
 * the same run and store: the runner's bare claim of as many due deadline rows, one transaction
 * each, doing nothing else. The ratio is what a decision costs over the mechanism it rides on.
 * SQLite file always; PostgreSQL too when TEST_DATABASE_URL is set.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ManualClock } from '../src/core/clock'
import { newId } from '../src/core/ids'
import { createLogger } from '../src/core/logger'
import { deadlineRegistry } from '../src/domain/deadline-registry'
import { decisionDeadlines, decisions } from '../src/domain/decision'
import type { Deps } from '../src/domain/deps'
import { RecordingSink } from '../src/domain/events'
import type { Actor } from '../src/domain/members'
import { createDeadlineRunner } from '../src/jobs/deadlines'
import { deadlineClaimer } from '../src/store/deadline-claim'
import { armDeadline } from '../src/store/deadlines'
import { inTx } from '../src/store/tx'
import { openBenchStore, type BenchStore } from './bench-store'
import { fmt } from './stats'

const START = '2026-03-01T09:00:00.000Z'

async function world(store: BenchStore): Promise<Actor[]> {
  const hub = newId()
  const orgs = [hub, newId(), newId(), newId()]
  await store.db
    .insertInto('org')
    .values(orgs.map((id, i) => ({ id, name: `bench-org-${i}-${id.slice(0, 8)}`, kind: i === 0 ? 'hub' : 'nation', country: null, parent_id: i === 0 ? null : hub, created_at: START })))
    .execute()
  return orgs.slice(1).map((orgId) => ({ userId: newId(), orgId, orgChain: [orgId, hub], email: 'bench@example.org', roles: ['poc'], orgKind: 'nation', nationId: orgId, exerciseId: null }))
}

async function measure(dialect: 'sqlite' | 'postgres', dir: string, n: number): Promise<void> {
  const store = await openBenchStore(dialect, dir, 'decisions')
  try {
    const clock = new ManualClock(START)
    const deps: Deps = { db: store.db, clock, events: new RecordingSink() }
    const nations = await world(store)
    const deadline = new Date(Date.parse(START) + 3_600_000).toISOString()
    for (let i = 0; i < n; i++) {
      const p = await decisions.propose(deps, nations[0]!, { kind: 'free_text', title: `Bench ${i}`, text: 'A text to agree', addressees: nations.map((a) => a.orgId), procedure: 'consensus', deadline })
      for (const a of nations) await decisions.answer(deps, a, p.id, { answer: 'concur' })
    }
    clock.set(deadline)
    const runner = createDeadlineRunner({ store, deps, owner: 'bench', pollMs: 3_600_000, logger: createLogger('silent'), deadlines: deadlineRegistry(decisionDeadlines) })
    const t0 = performance.now()
    const fired = await runner.runDue()
    const decideMs = performance.now() - t0
    if (fired.length !== n) throw new Error(`decided ${fired.length} of ${n}`)

    // The baseline: as many due rows of a kind of its own, claimed one per transaction and nothing more.
    await inTx(store.db, async (tx) => {
      for (let i = 0; i < n; i++) await armDeadline(tx, 'bench.bare', newId(), deadline)
    })
    const claim = deadlineClaimer(store.dialect)
    const t1 = performance.now()
    let claimed = 0
    while (await inTx(store.db, (tx) => claim(tx, deadline, 'bench'))) claimed++
    const claimMs = performance.now() - t1
    if (claimed !== n) throw new Error(`claimed ${claimed} of ${n}`)
    const rate = (n / decideMs) * 1000
    const raw = (n / claimMs) * 1000
    console.log(`${dialect.padEnd(8)} ${n} proposals: decided ${fmt(rate, 0).padStart(7)}/s (p̄ ${fmt(decideMs / n, 2)} ms)   bare claims ${fmt(raw, 0).padStart(7)}/s   ratio ${fmt(rate / raw, 2)}`)
  } finally {
    await store.cleanup()
  }
}

export default async function decisionsBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sw-bench-decisions-'))
  try {
    await measure('sqlite', dir, 1_000)
    if (process.env.TEST_DATABASE_URL) await measure('postgres', dir, 300)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
