import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../core/errors'
import { readBundle } from './bundle-reader'

const identity = '{"type":"identity","spec_version":"2.1","id":"identity--7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a","created":"2024-05-01T10:00:00.000Z","modified":"2024-05-01T10:00:00.000Z","name":"ACME CERT"'

/** The problem (code and message) reading `text` in chunks of `size` bytes ends with. */
async function problemOf(text: string, size: number): Promise<{ code: string; message: string }> {
  const bytes = Buffer.from(text)
  const chunks: Buffer[] = []
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size))
  try {
    for await (const _ of readBundle(Readable.from(chunks)).batches) void _
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, message: e.message }
    throw e
  }
  throw new Error(`read without a problem: ${text}`)
}

describe('readBundle says what is wrong with a document that is not a bundle', () => {
  const cases: [string, string, string, RegExp][] = [
    ['a bare object', `${identity}}`, 'not_a_bundle', /one object of type "identity", not a bundle; a bundle is one object \{"type": "bundle"/],
    ['a bare object with a trailing comma', `${identity},}`, 'malformed_json', /not valid JSON: a trailing ',' before '}' at byte \d+/],
    ['a bare object with a syntax error in a value', `${identity},"x":{"a":1,}}`, 'malformed_json', /not valid JSON: "x"/],
    ['a bare array of objects', `[${identity}},${identity}}]`, 'not_a_bundle', /a JSON array of 2 elements, not a bundle; a bundle is one object/],
    ['a bare array with a trailing comma', `[${identity}},]`, 'malformed_json', /not valid JSON: /],
    ['a bare string', '"bundle"', 'not_a_bundle', /a JSON string, not a bundle/],
    ['a bundle with a trailing comma after its members', '{"type":"bundle","objects":[],}', 'malformed_json', /a trailing ',' before '}'/],
    ['a bundle with a trailing comma in objects', '{"type":"bundle","objects":[{"a":1},]}', 'malformed_json', /a trailing ',' in "objects"/],
  ]
  it.each(cases)('%s', async (_name, text, code, message) => {
    for (const size of [1, 5, 10_000]) {
      const p = await problemOf(text, size)
      expect(p.code, `chunks of ${size}`).toBe(code)
      expect(p.message, `chunks of ${size}`).toMatch(message)
    }
  })

  it('keeps none of the objects of a document that turns out not to be a bundle', async () => {
    const text = `{"type":"report","objects":[${identity}}]}`
    const { batches } = readBundle(Readable.from([Buffer.from(text)]))
    const seen: unknown[] = []
    await expect(
      (async () => {
        for await (const b of batches) seen.push(...b)
      })(),
    ).rejects.toThrow(/one object of type "report"/)
    expect(seen).toEqual([])
  })
})
