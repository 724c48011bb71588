import { describe, expect, it } from 'vitest'
import { ManualClock } from '../core/clock'
import type { HubEvent } from '../domain/event-map'
import type { CredentialRevoked } from '../domain/members'
import { createCredentialWatch } from './credential-watch'

const revokedEvent = (payload: CredentialRevoked) => ({ type: 'credential.revoked', payload }) as HubEvent<'credential.revoked'>

describe('the credential watch of one hub process', () => {
  const clock = new ManualClock('2026-03-01T09:00:00.000Z')
  const ends = () => {
    const got: [number, string][] = []
    return { got, end: (code: number, reason: string) => void got.push([code, reason]) }
  }

  it('ends a connection that registers just after its token was revoked (authenticated before, registered after)', () => {
    const watch = createCredentialWatch(clock)
    watch.revoked(revokedEvent({ userId: 'u1', tokenId: 't1', reason: 'token_revoked' }))
    const late = ends()
    const other = ends()
    watch.hold({ tokenId: 't1', userId: 'u1', expiresAt: null }, late.end)
    watch.hold({ tokenId: 't2', userId: 'u1', expiresAt: null }, other.end)
    expect(late.got).toEqual([[4001, 'token revoked']])
    expect(other.got).toEqual([])
    expect(watch.size).toBe(1)
    watch.close()
  })

  it('ends every token of a disabled user, once, and forgets released connections', () => {
    const watch = createCredentialWatch(clock)
    const a = ends()
    const b = ends()
    const released = ends()
    watch.hold({ tokenId: 'ta', userId: 'u2', expiresAt: null }, a.end)
    watch.hold({ tokenId: 'tb', userId: 'u2', expiresAt: null }, b.end)
    watch.hold({ tokenId: 'tc', userId: 'u2', expiresAt: null }, released.end)()
    watch.revoked(revokedEvent({ userId: 'u2', tokenId: null, reason: 'user_disabled' }))
    watch.revoked(revokedEvent({ userId: 'u2', tokenId: null, reason: 'user_disabled' }))
    expect(a.got).toEqual([[4001, 'user disabled']])
    expect(b.got).toEqual([[4001, 'user disabled']])
    expect(released.got).toEqual([])
    expect(watch.size).toBe(0)
  })

  it('ends an already expired token at once, and a later one when the sweep passes its expiry', () => {
    const watch = createCredentialWatch(clock)
    const expired = ends()
    const later = ends()
    watch.hold({ tokenId: 'te', userId: 'u3', expiresAt: '2026-03-01T08:59:59.000Z' }, expired.end)
    watch.hold({ tokenId: 'tl', userId: 'u3', expiresAt: '2026-04-01T00:00:00.000Z' }, later.end)
    expect(expired.got).toEqual([[4001, 'token expired']])
    watch.sweep(new Date('2026-03-31T23:59:59.000Z'))
    expect(later.got).toEqual([])
    watch.sweep(new Date('2026-04-01T00:00:00.000Z'))
    expect(later.got).toEqual([[4001, 'token expired']])
    watch.close()
  })
})
