import { describe, expect, it } from 'vitest'
import { errorResourceText, isTaxiiMediaType, objectsUrl, readEnvelope, TAXII_MEDIA_TYPE, TaxiiAnswerError } from './envelope'

const none = { first: null, last: null }

describe('the objects URL (TAXII 2.1, 5.4)', () => {
  it('adds the collection and the filters to the API root, with or without its trailing slash', () => {
    const a = objectsUrl('https://peer.example/taxii2/api1/', 'c-1', { addedAfter: '2026-03-01T09:00:00.000Z', limit: 50, next: 'abc' })
    const b = objectsUrl('https://peer.example/taxii2/api1', 'c-1', { addedAfter: '2026-03-01T09:00:00.000Z', limit: 50, next: 'abc' })
    expect(a.href).toBe('https://peer.example/taxii2/api1/collections/c-1/objects/?added_after=2026-03-01T09%3A00%3A00.000Z&limit=50&next=abc')
    expect(b.href).toBe(a.href)
  })
})

describe('reading a peer’s answer', () => {
  it('takes the TAXII media type with its version parameter, however spaced', () => {
    expect(isTaxiiMediaType(TAXII_MEDIA_TYPE)).toBe(true)
    expect(isTaxiiMediaType('application/taxii+json; version=2.1')).toBe(true)
    expect(isTaxiiMediaType('application/json')).toBe(false)
    expect(isTaxiiMediaType('application/taxii+json;version=2.0')).toBe(false)
    expect(isTaxiiMediaType(null)).toBe(false)
  })
  it('reads an envelope with more, next and the date-added headers (the specification’s example)', () => {
    const body = JSON.stringify({ more: true, next: 'dx9', objects: [{ type: 'indicator', id: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f', spec_version: '2.1' }] })
    const page = readEnvelope(TAXII_MEDIA_TYPE, body, { first: '2016-11-01T03:04:05.000Z', last: '2016-12-27T13:14:15.000Z' })
    expect(page).toMatchObject({ more: true, next: 'dx9', dateAddedFirst: '2016-11-01T03:04:05.000Z', dateAddedLast: '2016-12-27T13:14:15.000Z' })
    expect(page.objects).toHaveLength(1)
  })
  it('reads an empty envelope as no objects and no more', () => {
    expect(readEnvelope(TAXII_MEDIA_TYPE, '{}', none)).toEqual({ objects: [], more: false, next: null, dateAddedFirst: null, dateAddedLast: null })
  })
  it.each([
    ['a wrong media type', 'text/html', '{}', none, /not application\/taxii\+json/],
    ['a body that is not JSON', TAXII_MEDIA_TYPE, '<html>', none, /not JSON/],
    ['an array', TAXII_MEDIA_TYPE, '[]', none, /no TAXII envelope/],
    ['objects that are not objects', TAXII_MEDIA_TYPE, '{"objects":[1,2]}', none, /no TAXII envelope/],
    ['more that is not a boolean', TAXII_MEDIA_TYPE, '{"more":"yes"}', none, /no TAXII envelope/],
    ['a date header that is no timestamp', TAXII_MEDIA_TYPE, '{}', { first: null, last: 'yesterday' }, /X-TAXII-Date-Added-Last/],
  ])('refuses %s with a message, never a crash', (_name, type, body, headers, message) => {
    expect(() => readEnvelope(type, body, headers)).toThrow(TaxiiAnswerError)
    expect(() => readEnvelope(type, body, headers)).toThrow(message)
  })
  it('reads a TAXII error resource’s title and description', () => {
    expect(errorResourceText('{"title":"Unauthorized","description":"bad token","http_status":"401"}')).toBe('Unauthorized: bad token')
    expect(errorResourceText('nope')).toBeNull()
  })
})
