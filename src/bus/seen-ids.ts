/**
 * A bounded memory of recently handled event ids: the consumer-side half of "each handler sees
 * an event once" (the other half is the publisher's dedupe window). The oldest id is forgotten
 * first, so memory stays flat however long the process runs.
 */
export interface SeenIds {
  has(id: string): boolean
  add(id: string): void
  readonly size: number
}

export function createSeenIds(capacity: number): SeenIds {
  if (!Number.isInteger(capacity) || capacity < 1) throw new Error('SeenIds capacity must be a positive integer')
  // A Map iterates in insertion order: the first key is the least recently added.
  const ids = new Map<string, true>()
  return {
    has: (id) => ids.has(id),
    add(id) {
      ids.delete(id)
      ids.set(id, true)
      if (ids.size > capacity) ids.delete(ids.keys().next().value as string)
    },
    get size() {
      return ids.size
    },
  }
}
