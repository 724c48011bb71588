import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { AppError } from '../core/errors'
import { observableKeysOfStix } from '../formats/observables'
import { readBundle } from '../formats/stix/bundle-reader'
import { readPreparedBundle } from './prepare-pool'
import { fromWire, Preparer, toWire, type PreparedBatch } from '../domain/intel/import/prepared'

const chunked = (text: string, size: number): Readable => {
  const bytes = Buffer.from(text, 'utf8')
  const chunks: Buffer[] = []
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size))
  return Readable.from(chunks)
}

const T = '2024-01-02T03:04:05.000Z'
const TLP_RED = 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1'
const indicator = (i: number, extra: Record<string, unknown> = {}) => ({
  type: 'indicator', spec_version: '2.1', id: `indicator--${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`,
  created: T, modified: T, pattern: `[ipv4-addr:value = '198.51.100.${i % 250}']`, pattern_type: 'stix', valid_from: T, ...extra,
})

/** Valid objects, marked and not, with a relationship, a revoked one, and broken ones between them. */
const objects: unknown[] = [
  ...Array.from({ length: 23 }, (_, i) => indicator(i, i % 5 === 0 ? { object_marking_refs: [TLP_RED] } : {})),
  { type: 'indicator', id: 'not-an-id' },
  indicator(30, { revoked: true, name: 'é } ] "quoted" \\' }),
  { type: 'relationship', spec_version: '2.1', id: 'relationship--00000000-0000-4000-8000-000000000001', created: T, modified: T, relationship_type: 'indicates', source_ref: indicator(1).id, target_ref: indicator(2).id },
  42,
  indicator(31, { object_marking_refs: ['marking-definition--00000000-0000-4000-8000-00000000abcd'] }),
]

async function viaWorker(text: string, size: number, partial: boolean, batchSize: number): Promise<{ batches: PreparedBatch[]; id: string | null }> {
  const { batches, header } = readPreparedBundle(chunked(text, size), { partial, batchSize })
  const out: PreparedBatch[] = []
  for await (const b of batches) out.push(b)
  return { batches: out, id: header.id }
}

async function inThisThread(text: string, partial: boolean, batchSize: number): Promise<PreparedBatch[]> {
  const preparer = new Preparer({ partial })
  const out: PreparedBatch[] = []
  for await (const raws of readBundle(chunked(text, 1 << 20), batchSize).batches) out.push(preparer.prepare(raws))
  return out
}

describe('readPreparedBundle (the prepare worker)', () => {
  const text = JSON.stringify({ type: 'bundle', id: 'bundle--w', objects })

  it('gives the batches, objects, rejects and bundle id that preparing in this thread gives', async () => {
    for (const partial of [true, false]) {
      const expected = await inThisThread(text, partial, 4)
      expect(expected.flatMap((b) => b.rejected).map((r) => r.index)).toEqual([23, 26])
      for (const size of [1, 13, 1 << 20]) {
        const got = await viaWorker(text, size, partial, 4)
        expect(got.id).toBe('bundle--w')
        expect(got.batches.flatMap((b) => b.objects), `partial ${partial}, chunks of ${size}`).toEqual(expected.flatMap((b) => b.objects))
        // Batches are cut after a chunk, as readBundle cuts them: compare the sums.
        const totals = (bs: PreparedBatch[]) => [bs.reduce((n, b) => n + b.read, 0), bs.reduce((n, b) => n + b.rejectedCount, 0), bs.flatMap((b) => b.rejected)]
        expect(totals(got.batches)).toEqual(totals(expected))
        if (size === 1 << 20) expect(got.batches.map((b) => b.read)).toEqual(expected.map((b) => b.read))
      }
    }
  })

  it('prepares what the writer needs: stored JSON, TLP, keys, references', async () => {
    const [batch] = await inThisThread(text, true, 100)
    const all = batch!.objects
    expect(all[0]!.tlp).toBe('RED')
    expect(all[1]!.tlp).toBeNull()
    expect(all[1]!.keys).toEqual(observableKeysOfStix(indicator(1)))
    expect(all[1]!.keys).not.toEqual([])
    expect(all.find((o) => o.revoked)!.keys).toEqual([])
    expect(all.find((o) => o.type === 'relationship')!.derived).toEqual([indicator(1).id, indicator(2).id])
    expect(all.at(-1)!.otherMarkingRefs).toEqual(['marking-definition--00000000-0000-4000-8000-00000000abcd'])
    expect(JSON.parse(all[3]!.json)).toEqual(objects[3])
    expect(fromWire(toWire(batch!))).toEqual(batch)
  })

  it('throws the reader\'s problems (code and message), and a failing source\'s error', async () => {
    for (const bad of ['{"type":"bundle","objects":[{"a":1},]}', '{"type":"report","objects":[]}', '']) {
      const expected = await inThisThread(bad, true, 4).catch((e: AppError) => [e.code, e.message])
      const got = await viaWorker(bad, 3, true, 4).catch((e: unknown) => (e instanceof AppError ? [e.code, e.message] : e))
      expect(got).toEqual(expected)
    }
    const failing = new Readable({ read() {} })
    failing.push('{"type":"bundle","objects":[{"a":1},')
    setTimeout(() => failing.destroy(new Error('connection reset')), 5)
    const { batches } = readPreparedBundle(failing, { partial: true })
    await expect((async () => { for await (const _ of batches) void _ })()).rejects.toThrow('connection reset')
  })

  it('stays a bounded distance ahead of a writer that does not take, and destroys a source it stops reading', async () => {
    const many = Array.from({ length: 4000 }, (_, i) => indicator(i))
    let pushed = 0
    const body = Buffer.from(JSON.stringify({ type: 'bundle', objects: many }))
    const source = new Readable({
      highWaterMark: 1024,
      read() {
        const next = body.subarray(pushed, pushed + 1024)
        pushed += next.length
        this.push(next.length > 0 ? next : null)
      },
    })
    const { batches } = readPreparedBundle(source, { partial: true, batchSize: 10, readAheadBytes: 64 << 10 })
    const it = batches[Symbol.asyncIterator]()
    expect((await it.next()).value).toHaveProperty('read', 10)
    await new Promise((r) => setTimeout(r, 300))
    // The worker prepared a few batches and waits for the writer; the reader waits for the worker.
    expect(body.length).toBeGreaterThan(1 << 20)
    expect(pushed).toBeLessThan(200 << 10)
    await it.return?.(undefined)
    expect(source.destroyed).toBe(true)
  })
})
