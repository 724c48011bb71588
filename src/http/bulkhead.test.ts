import { describe, expect, it } from 'vitest'
import { bulkhead } from './bulkhead'

const tick = () => new Promise((r) => setImmediate(r))

describe('bulkhead', () => {
  it('runs at most its size at once and the rest in arrival order', async () => {
    const limit = bulkhead(2)
    let running = 0
    let most = 0
    const started: number[] = []
    const releases: (() => void)[] = []
    const calls = Array.from({ length: 6 }, (_, i) =>
      limit(async () => {
        started.push(i)
        most = Math.max(most, ++running)
        await new Promise<void>((r) => releases.push(r))
        running--
        return i
      }),
    )
    await tick()
    expect(started).toEqual([0, 1])
    for (let done = 0; done < 6; done++) {
      releases.shift()!()
      await tick()
    }
    expect(await Promise.all(calls)).toEqual([0, 1, 2, 3, 4, 5])
    expect(started).toEqual([0, 1, 2, 3, 4, 5])
    expect(most).toBe(2)
  })

  it('frees the place of a call that failed', async () => {
    const limit = bulkhead(1)
    await expect(limit(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom')
    expect(await limit(() => Promise.resolve('next'))).toBe('next')
  })

  it('refuses a size below one', () => {
    expect(() => bulkhead(0)).toThrow()
  })
})
