/**
 * At most `size` calls of a costly route run at once; the others wait their turn, in arrival
 * order, without holding the event loop. Fifty clients asking for the largest list then queue
 * behind each other, not in front of every other route's requests: between two list pages the
 * event loop serves whatever else arrived.
 */
export type Bulkhead = <T>(fn: () => Promise<T>) => Promise<T>

export function bulkhead(size: number): Bulkhead {
  if (!Number.isInteger(size) || size < 1) throw new Error(`a bulkhead holds at least one call, not ${size}`)
  let running = 0
  const waiting: (() => void)[] = []
  return async (fn) => {
    if (running < size) running++
    // A finished call hands its place straight to the first in line (running stays the same).
    else await new Promise<void>((resolve) => waiting.push(resolve))
    try {
      return await fn()
    } finally {
      const next = waiting.shift()
      // Through the event loop, not at once: on SQLite every await of a use case is a microtask,
      // so handing over directly would run the whole queue of lists before any other request.
      if (next) setImmediate(next)
      else running--
    }
  }
}
