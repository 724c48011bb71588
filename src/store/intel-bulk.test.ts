import { afterEach, describe, expect, it } from 'vitest'
import { openTestStore, type TestStore } from '../../test/store'
import { intelBulkFor } from './intel-bulk'

describe('intelBulkFor(sqlite).beginImport', () => {
  let store: TestStore | null = null
  afterEach(async () => {
    await store?.destroy()
    store = null
  })

  it('enlarges the page cache while imports run, and puts it back when the last one ends', async () => {
    store = await openTestStore('sqlite')
    const sqlite = store.sqlite!
    const cacheSize = () => sqlite.pragma('cache_size', { simple: true }) as number
    const before = cacheSize()
    const bulk = intelBulkFor(store)
    const endFirst = bulk.beginImport()
    expect(cacheSize()).toBe(-128 * 1024)
    const endSecond = bulk.beginImport()
    endFirst()
    expect(cacheSize()).toBe(-128 * 1024)
    endSecond()
    expect(cacheSize()).toBe(before)
    // Durability is untouched: WAL with synchronous NORMAL, as the store opened it.
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(1)
  })
})
