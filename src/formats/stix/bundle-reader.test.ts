import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../core/errors'
import { readBundle } from './bundle-reader'

/** A stream of `text` cut into chunks of `size` bytes (so values, strings and characters are split). */
const chunked = (text: string, size: number): Readable => {
  const bytes = Buffer.from(text, 'utf8')
  const chunks: Buffer[] = []
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size))
  return Readable.from(chunks)
}

async function readAll(source: Readable, batchSize = 2): Promise<{ objects: unknown[]; id: string | null; batches: number }> {
  const { batches, header } = readBundle(source, batchSize)
  const objects: unknown[] = []
  let count = 0
  for await (const b of batches) {
    objects.push(...b)
    count++
  }
  return { objects, id: header.id, batches: count }
}

async function problemOf(text: string, size = 7): Promise<string> {
  try {
    await readAll(chunked(text, size))
  } catch (e) {
    if (e instanceof AppError) return e.code
    throw e
  }
  return 'accepted'
}

// Strings that hold what a byte splitter could trip on: brackets, braces, commas, escaped quotes,
// backslashes before a closing quote, escapes of every kind, multi-byte characters.
const tricky = [
  { type: 'indicator', id: 'indicator--1', name: 'a } ] , { [ "quoted" \\', pattern: "[file:name = 'x]']" },
  { type: 'note', id: 'note--2', content: 'ends with a backslash \\', abstract: '\\"', authors: ['é', '日本語', '😀', '\u0000\u001f\t\n'] },
  { type: 'x-nested', id: 'x-nested--3', deep: [[[{ a: [] }]], {}, { '': { '}': '{' } }], n: [-1.5e-7, 0, 1e21, true, false, null] },
  'a bare string, ] not an object',
  42,
  null,
  [],
]

describe('readBundle', () => {
  it('yields exactly what JSON.parse reads, however the bytes are cut', async () => {
    const text = JSON.stringify({ type: 'bundle', id: 'bundle--x', objects: tricky }, null, 1)
    for (const size of [1, 2, 3, 5, 7, 64, 1 << 20]) {
      const out = await readAll(chunked(text, size))
      expect(out.objects, `chunks of ${size}`).toEqual(tricky)
      expect(out.id).toBe('bundle--x')
    }
  })

  it('reads members in any order, skips other members, and accepts an empty objects array', async () => {
    const text = `{ "objects" : [ ] , "x_other": {"objects": [1, 2], "s": "]}"}, "id":"bundle--y", "type" : "bundle" }\n`
    for (const size of [1, 4, 100]) expect(await readAll(chunked(text, size))).toEqual({ objects: [], id: 'bundle--y', batches: 0 })
  })

  it('hands the objects on in batches of the size asked', async () => {
    const objects = Array.from({ length: 7 }, (_, i) => ({ type: 'x-n', id: `x-n--${i}` }))
    const out = await readAll(chunked(JSON.stringify({ type: 'bundle', objects }), 1), 3)
    expect(out.objects).toEqual(objects)
    expect(out.batches).toBe(3)
  })

  it('rejects what is not valid JSON or not a bundle, wherever the chunks are cut', async () => {
    const good = JSON.stringify({ type: 'bundle', id: 'bundle--z', objects: tricky })
    const cases: [string, string][] = [
      ['', 'malformed_json'],
      ['   \n', 'malformed_json'],
      [good.slice(0, -1), 'malformed_json'],
      [good.slice(0, good.length / 2), 'malformed_json'],
      [`${good} {}`, 'malformed_json'],
      [good.replace('"objects":[', '"objects":[,'), 'malformed_json'],
      [good.replace(']}', ',]}'), 'malformed_json'],
      [good.replace('"note--2"', '"note--2" "x"'), 'malformed_json'],
      [good.replace('"deep":[[[', '"deep":[[{'), 'malformed_json'],
      [good.replace('42', '4 2'), 'malformed_json'],
      [good.replace('42', '042'), 'malformed_json'],
      [good.replace('null', 'nul'), 'malformed_json'],
      ['{"type":"bundle","objects":[{"a":"unterminated}]}', 'malformed_json'],
      ['{"type":"bundle","objects":[{"a":1}],}', 'malformed_json'],
      ['{"type":"bundle" "objects":[]}', 'malformed_json'],
      ['{type:"bundle","objects":[]}', 'malformed_json'],
      ['{"type":"bundle","x":[1,]  ,"objects":[]}', 'malformed_json'],
      ['garbage', 'malformed_json'],
      ['[{"type":"indicator"}]', 'not_a_bundle'],
      ['"bundle"', 'not_a_bundle'],
      ['{"type":"report","objects":[]}', 'not_a_bundle'],
      ['{"type":1,"objects":[]}', 'not_a_bundle'],
      ['{"type":"bundle","objects":{}}', 'not_a_bundle'],
      ['{"type":"bundle"}', 'not_a_bundle'],
      ['{"objects":[]}', 'not_a_bundle'],
      ['{}', 'not_a_bundle'],
    ]
    for (const [text, code] of cases) {
      for (const size of [1, 3, 1000]) expect(await problemOf(text, size), `${text.slice(0, 80)} (chunks of ${size})`).toBe(code)
    }
  })
})

describe('readBundle reading ahead', () => {
  it('passes on an error of the source, and destroys a source whose reader stops early', async () => {
    const failing = new Readable({ read() {} })
    failing.push('{"type":"bundle","objects":[{"a":1},')
    setTimeout(() => failing.destroy(new Error('connection reset')), 5)
    await expect(readAll(failing)).rejects.toThrow('connection reset')

    const objects = Array.from({ length: 50 }, (_, i) => ({ type: 'x-n', id: `x-n--${i}` }))
    const source = chunked(JSON.stringify({ type: 'bundle', objects }), 16)
    const { batches } = readBundle(source, 5)
    for await (const batch of batches) {
      expect(batch).toHaveLength(5)
      break
    }
    expect(source.destroyed).toBe(true)
  })
})
