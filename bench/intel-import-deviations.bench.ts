/**
 * Intel import with the deviation table on (src/formats/stix/deviations.ts): generated indicators
 * of which four in five carry one of the deviations real producers write (STIX 2.0 form,
 * `modified` before `created`, a padded external-reference url, a 2-character property in an
 * extension), imported by default (every deviation repaired and reported), against raw inserts
 * of the same intel_object rows (one prepared INSERT per row, one transaction, into an empty
 * schema) in the same run: the ratio must stay >= 0.30, as for the clean import. The same
 * indicators without deviations, imported strict, are measured beside it for the table's cost.
 * Runs with `npm run bench intel-import`. SQLite always; PostgreSQL when TEST_DATABASE_URL is set.
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs'
import { once } from 'node:events'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { systemClock } from '../src/core/clock'
import type { Deps } from '../src/domain/deps'
import { intel, type ImportSummary } from '../src/domain/intel'
import { members } from '../src/domain/members'
import type { Store } from '../src/store/db'
import { intelBulkFor } from '../src/store/intel-bulk'
import type { IntelObjectTable } from '../src/store/schema'
import { generatedIndicator } from '../test/intel-bundles'
import { openBenchStore } from './bench-store'
import { profiled } from './cpu-profile'
import { fmt } from './stats'

const COUNT_SQLITE = Number(process.env.BENCH_DEVIATIONS ?? 200_000)
const COUNT_PG = Number(process.env.BENCH_DEVIATIONS_PG ?? 50_000)
const ROUNDS = Number(process.env.BENCH_DEVIATIONS_ROUNDS ?? 2)
const PROFILE_TOP = Number(process.env.BENCH_PROFILE_TOP ?? 0)
const EXTENSION = 'extension-definition--ea279b3e-5c71-4632-ac08-831c66a786ba'

/** The i-th generated indicator with the (i mod 5)-th deviation; every fifth stays valid STIX 2.1. */
function deviatingIndicator(i: number): Record<string, unknown> {
  const o = generatedIndicator(i, '2026-01-02T00:00:00.000Z')
  switch (i % 5) {
    case 0: {
      const { spec_version: _v, indicator_types: types, pattern_type: _p, ...stix20 } = o
      return { ...stix20, labels: types }
    }
    case 1:
      return { ...o, created: '2026-01-05T00:00:00.000Z' }
    case 2:
      return { ...o, external_references: [{ source_name: 'feed', url: ` https://feed.example/i/${i}` }] }
    case 3:
      return { ...o, extensions: { [EXTENSION]: { extension_type: 'property-extension', id: `octi-${i}`, score: 50 } } }
    default:
      return o
  }
}

async function writeBundle(path: string, count: number, objectOf: (i: number) => Record<string, unknown>): Promise<void> {
  const out = createWriteStream(path)
  out.write('{"type":"bundle","id":"bundle--7e1d0000-0000-4000-8000-00000000d0d0","objects":[\n')
  for (let i = 0; i < count; i++) {
    if (!out.write(`${i === 0 ? '' : ',\n'}${JSON.stringify(objectOf(i))}`)) await once(out, 'drain')
  }
  out.end('\n]}\n')
  await once(out, 'finish')
}


type Row = Omit<IntelObjectTable, 'row_id'>
const COLUMNS = ['id', 'type', 'spec_version', 'created', 'modified', 'created_by_ref', 'revoked', 'is_latest', 'marking_id', 'org_id', 'user_id', 'date_added', 'exercise_id', 'incident_id', 'json'] as const

/** The rows the import wrote, inserted again into an empty store through the raw driver, one prepared INSERT each, one transaction; only the inserts are timed. */
async function rawInsertMs(from: Store, into: Store): Promise<number> {
  const markings = await from.db.selectFrom('marking').selectAll().execute()
  await into.db.insertInto('marking').values(markings).execute()
  const rows: Row[] = (await from.db.selectFrom('intel_object').selectAll().orderBy('row_id').execute()).map(({ row_id: _r, ...rest }) => rest)
  const text = `insert into intel_object (${COLUMNS.join(', ')}) values (${COLUMNS.map((_, i) => (into.sqlite ? '?' : `$${i + 1}`)).join(', ')})`
  const t0 = performance.now()
  if (into.sqlite) {
    const stmt = into.sqlite.prepare(text)
    into.sqlite.transaction(() => {
      for (const r of rows) stmt.run(...COLUMNS.map((c) => r[c]))
    })()
    return performance.now() - t0
  }
  const client = await into.pool!.connect()
  try {
    await client.query('begin')
    for (const r of rows) await client.query({ name: 'raw-deviations', text, values: COLUMNS.map((c) => r[c]) })
    await client.query('commit')
  } finally {
    client.release()
  }
  return performance.now() - t0
}

async function importAndCompare(dialect: 'sqlite' | 'postgres', dir: string, label: string, file: string, strict: boolean): Promise<{ summary: ImportSummary; ratio: number }> {
  const store = await openBenchStore(dialect, dir, 'dev')
  const raw = await openBenchStore(dialect, dir, 'devraw')
  try {
    const deps: Deps = { db: store.db, clock: systemClock, events: { publish: async () => {} }, intelBulk: intelBulkFor(store) }
    await members.bootstrapHub(deps, { hubName: 'bench' })
    const actor = await members.systemActor(deps)
    global.gc?.()
    const t0 = performance.now()
    const run = () => intel.importBundle(deps, actor, createReadStream(file, { highWaterMark: 1 << 20 }), { strict })
    // BENCH_PROFILE_TOP=n: where the import's main-thread time goes (self time by function).
    const summary = await (PROFILE_TOP > 0 ? profiled(PROFILE_TOP, run) : run())
    const importMs = performance.now() - t0
    const rawMs = await rawInsertMs(store, raw)
    const written = summary.added + summary.newVersions + summary.olderVersions
    const rate = (summary.objects / importMs) * 1000
    const rawRate = (written / rawMs) * 1000
    console.log(
      `${dialect.padEnd(8)} ${label.padEnd(34)} ${String(summary.objects).padStart(8)} objects (${String(summary.deviatedCount).padStart(7)} repaired, ${summary.rejectedCount} rejected):` +
        ` import ${fmt(rate, 0).padStart(7)}/s   raw inserts ${fmt(rawRate, 0).padStart(7)}/s   ratio ${fmt(rate / rawRate, 2)}`,
    )
    return { summary, ratio: rate / rawRate }
  } finally {
    await store.cleanup()
    await raw.cleanup()
  }
}

export default async function intelImportDeviationsBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sw-bench-deviations-'))
  try {
    const dialects: ('sqlite' | 'postgres')[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite']
    console.log('deviation table on: 4 in 5 objects carry a deviation, each repaired and reported; raw = the same rows, one prepared INSERT each, one transaction (target: ratio >= 0.30)')
    await intel.startImportWorker()
    for (const dialect of dialects) {
      const count = dialect === 'postgres' ? COUNT_PG : COUNT_SQLITE
      const deviating = join(dir, `deviating-${count}.json`)
      const clean = join(dir, `clean-${count}.json`)
      await writeBundle(deviating, count, deviatingIndicator)
      await writeBundle(clean, count, (i) => generatedIndicator(i, '2026-01-02T00:00:00.000Z'))
      // The machine is shared and noisy, and a first run pays for warm-up and for the files' write-back:
      // the three runs alternate over ROUNDS rounds and the best ratio of each is the figure.
      const runs = [
        { label: 'indicators, deviations (default)', file: deviating, strict: false },
        { label: 'same indicators, clean (default)', file: clean, strict: false },
        { label: 'same indicators, clean (strict)', file: clean, strict: true },
      ]
      const best = new Map<string, number>()
      for (let round = 0; round < ROUNDS; round++) {
        for (const r of round % 2 === 0 ? runs : [...runs].reverse()) {
          const { summary, ratio } = await importAndCompare(dialect, dir, r.label, r.file, r.strict)
          if (!r.strict && r.file === deviating && (summary.rejectedCount > 0 || summary.deviatedCount !== count - Math.floor(count / 5))) {
            throw new Error(`the deviating bundle must be stored whole, 4 in 5 repaired: ${JSON.stringify({ ...summary, deviated: summary.deviated.slice(0, 3), rejected: summary.rejected.slice(0, 3) })}`)
          }
          best.set(r.label, Math.max(best.get(r.label) ?? 0, ratio))
        }
      }
      console.log(`${dialect.padEnd(8)} best of ${ROUNDS}: ${runs.map((r) => `${r.label} ${fmt(best.get(r.label)!, 2)}`).join('   ')}`)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
