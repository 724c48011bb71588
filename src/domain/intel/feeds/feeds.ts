/** Intel feeds: the settings they run with, and the pure rules of polling (when next, how far back). */

/** What polling needs beside the database (built by the composition root from the configuration). */
export interface FeedSettings {
  /** The AES-256-GCM key sealing credentials (read on first use). */
  secretKey: () => Buffer
  /** One request to a peer, answer and body, ends within this time. */
  timeoutMs: number
  /** The longest wait before a failing feed is tried again. */
  backoffCapMs: number
  /** Who claims a feed polled on request (this process's name). */
  owner: string
  /** The fetch to reach peers with (the built-in one by default). */
  fetch?: typeof fetch
}

/** The first retry after a failure; each further failure doubles it, up to the cap. */
export const FIRST_RETRY_MS = 30_000

/** How long after `failures` consecutive failures (≥ 1) the feed is tried again. */
export function backoffMs(failures: number, capMs: number): number {
  const doubled = FIRST_RETRY_MS * 2 ** Math.min(Math.max(failures - 1, 0), 30)
  return Math.min(doubled, capMs)
}

/** How long a claim lasts beyond one request's timeout without renewal: a process that dies mid-poll frees the feed after it. */
export const CLAIM_LEASE_MS = 5 * 60_000

/** A claim outlives the longest request and the import of its page (it is renewed after each page). */
export const leaseMs = (settings: Pick<FeedSettings, 'timeoutMs'>): number => CLAIM_LEASE_MS + settings.timeoutMs

/** Pages one poll follows at most; a longer collection goes on at the next poll, which is due at once. */
export const MAX_PAGES_PER_POLL = 200

/** Largest body read from a peer for one page. */
export const MAX_PAGE_BYTES = 64 * 1024 * 1024

/** The later of two timestamps (either may be missing). */
export function laterOf(a: string | null, b: string | null): string | null {
  if (a === null) return b
  if (b === null) return a
  return Date.parse(b) > Date.parse(a) ? b : a
}
