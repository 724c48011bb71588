/** What the console says in words: who will see a marking, and live events with names instead of ids. */
import { describe, expect, it } from 'vitest'
import type { FeedEvent } from '../../src/domain/event-map'
import { sentenceOf } from './activity'
import { audienceInWords, TLP_LEVELS } from './components/Tlp'
import { keysTouchedBy } from './live'

const ORG = '0b6f3c1e-8d2a-4f7b-9c41-5e0a7d3b2f10'
const names = (id: string | null | undefined) => (id === ORG ? 'CERT-EE' : 'an organization')
const label = (id: string) => (id === 'malware-analysis' ? 'Malware analysis' : id)

const event = (type: string, payload: unknown): FeedEvent =>
  ({ id: 'e1', seq: 1, type, at: '2026-03-01T09:00:00.000Z', marking: { tlp: 'AMBER' }, exerciseId: null, subject: {}, payload }) as unknown as FeedEvent

describe('the marking picker’s words', () => {
  it('names the audience of each TLP level before anything is saved', () => {
    const said = TLP_LEVELS.map((t) => audienceInWords(t, 'Estonia', ['Latvia']))
    expect(new Set(said).size).toBe(TLP_LEVELS.length)
    expect(audienceInWords('AMBER', 'Estonia', ['Latvia'])).toBe('Estonia and Latvia, and their client organizations, on a need-to-know basis.')
    expect(audienceInWords('AMBER+STRICT', 'Estonia', [])).toBe('Estonia only, not their client organizations.')
    expect(audienceInWords('RED', 'Estonia', ['Latvia'])).not.toContain('Latvia')
  })
})

describe('the activity stream', () => {
  it('says who acted by name, never by id', () => {
    const said = sentenceOf(event('assistance.offer.accepted', { offerId: 'o1', requestId: 'r1', providerOrg: ORG }), names, label)
    expect(said).toBe('CERT-EE accepted an offer.')
    expect(said).not.toContain(ORG)
  })

  it('names capabilities by their label', () => {
    expect(sentenceOf(event('assistance.offer.sent', { request: { category: 'malware-analysis' } }), names, label)).toBe('An offer to help with Malware analysis arrived.')
  })

  it('refreshes the caches an event concerns, and none for a type it does not know', () => {
    expect(keysTouchedBy(event('incident.updated', {}))).toContainEqual(['incident'])
    expect(keysTouchedBy(event('assistance.offer.sent', {}))).toContainEqual(['offers'])
    expect(keysTouchedBy(event('unknown.thing', {}))).toEqual([])
  })
})
