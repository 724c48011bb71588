import { describe, expect, it } from 'vitest'
import { randomBytes } from 'node:crypto'
import { backoffMs, FIRST_RETRY_MS, laterOf } from './feeds'
import { open, seal, SecretBoxError } from './secret-box'

describe('feed backoff', () => {
  it('doubles the wait with each failure in a row, from the first retry', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, 86_400_000))).toEqual([FIRST_RETRY_MS, 2 * FIRST_RETRY_MS, 4 * FIRST_RETRY_MS, 8 * FIRST_RETRY_MS])
  })
  it('never waits longer than the cap, however many failures', () => {
    expect(backoffMs(7, 3_600_000)).toBe(64 * FIRST_RETRY_MS)
    expect(backoffMs(8, 3_600_000)).toBe(3_600_000)
    expect(backoffMs(10_000, 3_600_000)).toBe(3_600_000)
  })
})

describe('the later of two timestamps', () => {
  it('compares instants, not strings, and takes what is there', () => {
    expect(laterOf('2026-03-01T09:00:00.5Z', '2026-03-01T09:00:00.123Z')).toBe('2026-03-01T09:00:00.5Z')
    expect(laterOf(null, '2026-03-01T09:00:00Z')).toBe('2026-03-01T09:00:00Z')
    expect(laterOf('2026-03-01T09:00:00Z', null)).toBe('2026-03-01T09:00:00Z')
  })
})

describe('sealed feed credentials', () => {
  const key = randomBytes(32)
  it('open with the key and the feed they were sealed for', () => {
    const sealed = seal(key, 'feed-1', '{"kind":"bearer","token":"s3cret"}')
    expect(sealed).not.toContain('s3cret')
    expect(open(key, 'feed-1', sealed)).toBe('{"kind":"bearer","token":"s3cret"}')
  })
  it('do not open for another feed, another key, or after tampering', () => {
    const sealed = seal(key, 'feed-1', 'secret')
    expect(() => open(key, 'feed-2', sealed)).toThrow(SecretBoxError)
    expect(() => open(randomBytes(32), 'feed-1', sealed)).toThrow(SecretBoxError)
    const parts = sealed.split('.')
    parts[3] = Buffer.from('tampered').toString('base64url')
    expect(() => open(key, 'feed-1', parts.join('.'))).toThrow(SecretBoxError)
  })
  it('are sealed with a fresh IV each time', () => {
    expect(seal(key, 'f', 'x')).not.toBe(seal(key, 'f', 'x'))
  })
})
