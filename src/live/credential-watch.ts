/**
 * Ends live connections whose credential stops working: its token revoked or its user disabled
 * (a `credential.revoked` control event on the bus, which reaches every hub process), or its
 * token's expiry reached (a timer per connection, and the heartbeat as a backstop). The close
 * code is 4001, as for a refused token.
 */
import type { Clock } from '../core/clock'
import type { HubEvent } from '../domain/event-map'
import type { Credential, CredentialEnd } from '../domain/members'
import { CLOSE } from './protocol'

export type EndConnection = (code: number, reason: string) => void

export interface CredentialWatch {
  /** Ends `end`'s connection when `credential` stops working (at once if it already has); returns the release. */
  hold(credential: Credential, end: EndConnection): () => void
  /** A credential.revoked event from the bus. */
  revoked(event: HubEvent<'credential.revoked'>): void
  /** Ends connections whose token expired by `at` (the heartbeat calls this). */
  sweep(at: Date): void
  readonly size: number
  close(): void
}

const REASONS: Record<CredentialEnd | 'token_expired', string> = {
  token_revoked: 'token revoked',
  user_disabled: 'user disabled',
  session_ended: 'session ended',
  token_expired: 'token expired',
}

/** How long a revocation is remembered for connections that authenticated just before it and register just after. */
const REMEMBER_MS = 5 * 60_000
/** Longest a timer is set for (setTimeout's bound); the heartbeat sweep covers anything further. */
const MAX_TIMER_MS = 2_147_000_000

interface Held {
  credential: Credential
  end: EndConnection
  timer: NodeJS.Timeout | null
}

export function createCredentialWatch(clock: Clock): CredentialWatch {
  const held = new Set<Held>()
  /** `token:<id>` or `user:<id>` → why it ended and when (wall time, for forgetting). */
  const ended = new Map<string, { why: CredentialEnd; at: number }>()

  const finish = (h: Held, why: keyof typeof REASONS) => {
    if (!held.delete(h)) return
    if (h.timer) clearTimeout(h.timer)
    h.end(CLOSE.badAuth, REASONS[why])
  }
  const endedFor = (c: Credential) => ended.get(`token:${c.tokenId}`) ?? ended.get(`user:${c.userId}`)
  const forgetOld = (now: number) => {
    for (const [key, e] of ended) if (now - e.at > REMEMBER_MS) ended.delete(key)
  }

  return {
    hold(credential, end) {
      const h: Held = { credential, end, timer: null }
      held.add(h)
      const gone = endedFor(credential)
      if (gone) {
        finish(h, gone.why)
        return () => undefined
      }
      if (credential.expiresAt !== null) {
        const wait = Date.parse(credential.expiresAt) - clock.now().getTime()
        if (wait <= 0) finish(h, 'token_expired')
        else if (wait <= MAX_TIMER_MS) h.timer = setTimeout(() => finish(h, 'token_expired'), wait)
      }
      return () => {
        if (h.timer) clearTimeout(h.timer)
        held.delete(h)
      }
    },
    revoked({ payload }) {
      const now = Date.now()
      forgetOld(now)
      ended.set(payload.tokenId === null ? `user:${payload.userId}` : `token:${payload.tokenId}`, { why: payload.reason, at: now })
      for (const h of [...held]) {
        const hit = payload.tokenId === null ? h.credential.userId === payload.userId : h.credential.tokenId === payload.tokenId
        if (hit) finish(h, payload.reason)
      }
    },
    sweep(at) {
      const now = at.toISOString()
      for (const h of [...held]) if (h.credential.expiresAt !== null && h.credential.expiresAt <= now) finish(h, 'token_expired')
    },
    get size() {
      return held.size
    },
    close() {
      for (const h of held) if (h.timer) clearTimeout(h.timer)
      held.clear()
      ended.clear()
    },
  }
}
