/**
 * Reads a STIX 2.1 bundle from a byte stream without holding it: stream-json tokenizes, and only
 * one element of `objects` at a time is assembled into a value, handed on in batches. The
 * bundle's own properties are checked as they pass (`type` must be "bundle", `objects` an array).
 */
import type { Readable } from 'node:stream'
import Parser from 'stream-json/Parser.js'
import { badRequest } from '../../../core/errors'

export interface BundleHeader {
  id: string | null
  type: string | null
}

interface Token {
  name: string
  value?: string
}

/** Builds one JSON value from packed tokens (a tiny Assembler: the one in stream-json is slower per token). */
class ValueBuilder {
  readonly #stack: (unknown[] | Record<string, unknown>)[] = []
  readonly #keys: (string | null)[] = []
  #key: string | null = null
  done = false
  value: unknown = undefined

  feed(t: Token): void {
    switch (t.name) {
      case 'startObject':
        return this.#open({})
      case 'startArray':
        return this.#open([])
      case 'endObject':
      case 'endArray':
        return this.#close()
      case 'keyValue':
        this.#key = t.value!
        return
      case 'stringValue':
        return this.#put(t.value)
      case 'numberValue':
        return this.#put(Number(t.value))
      case 'nullValue':
        return this.#put(null)
      case 'trueValue':
        return this.#put(true)
      case 'falseValue':
        return this.#put(false)
    }
  }

  #open(container: unknown[] | Record<string, unknown>): void {
    this.#keys.push(this.#key)
    this.#stack.push(container)
    this.#key = null
  }

  #close(): void {
    const done = this.#stack.pop()!
    this.#key = this.#keys.pop() ?? null
    this.#put(done)
  }

  #put(v: unknown): void {
    const top = this.#stack[this.#stack.length - 1]
    if (top === undefined) {
      this.value = v
      this.done = true
    } else if (Array.isArray(top)) top.push(v)
    else top[this.#key!] = v
  }
}

const notABundle = (detail: string) => badRequest('not_a_bundle', `Not a STIX 2.1 bundle: ${detail}`, '')

/**
 * Yields the bundle's objects in batches of `batchSize`, as parsed values (not yet validated).
 * Throws a 400 problem for malformed JSON (where it broke) or a document that is not a bundle;
 * `header` holds the bundle's id and type once the stream is read.
 */
export function readBundle(source: Readable, batchSize = 1000): { batches: AsyncIterable<unknown[]>; header: BundleHeader } {
  const header: BundleHeader = { id: null, type: null }
  return { header, batches: batchesOf(source, batchSize, header) }
}

async function* batchesOf(source: Readable, batchSize: number, header: BundleHeader): AsyncGenerator<unknown[]> {
  const parser = new Parser({ packValues: true, streamValues: false })
  let depth = 0
  let topKey: string | null = null
  let inObjects = false
  let sawObjects = false
  let element: ValueBuilder | null = null
  let batch: unknown[] = []
  let parseError: Error | null = null
  let topLevelSeen = false

  const onToken = (t: Token): void => {
    if (element !== null) {
      element.feed(t)
      if (element.done) {
        batch.push(element.value)
        element = null
      }
      if (t.name === 'startObject' || t.name === 'startArray') depth++
      else if (t.name === 'endObject' || t.name === 'endArray') depth--
      return
    }
    if (depth === 0) {
      if (topLevelSeen) throw notABundle('more than one JSON value')
      topLevelSeen = true
      if (t.name !== 'startObject') throw notABundle('the document is not a JSON object')
      depth = 1
      return
    }
    if (inObjects && depth === 2) {
      if (t.name === 'endArray') {
        inObjects = false
        depth = 1
        return
      }
      element = new ValueBuilder()
      element.feed(t)
      if (element.done) {
        batch.push(element.value)
        element = null
      } else depth++
      return
    }
    if (depth === 1) {
      if (t.name === 'keyValue') {
        topKey = t.value!
        return
      }
      if (t.name === 'endObject') {
        depth = 0
        return
      }
      const key = topKey
      topKey = null
      if (key === 'objects') {
        if (t.name !== 'startArray') throw notABundle('"objects" must be an array')
        inObjects = true
        sawObjects = true
        depth = 2
        return
      }
      if (key === 'type' || key === 'id') {
        if (t.name !== 'stringValue') throw notABundle(`"${key}" must be a string`)
        header[key] = t.value!
        if (key === 'type' && t.value !== 'bundle') throw notABundle(`"type" is "${t.value}", not "bundle"`)
        return
      }
    }
    // Any other member of the bundle (or a nested value in it) is skipped, counting depth.
    if (t.name === 'startObject' || t.name === 'startArray') depth++
    else if (t.name === 'endObject' || t.name === 'endArray') depth--
  }

  parser.on('data', (t: Token) => {
    if (parseError !== null) return
    try {
      onToken(t)
    } catch (e) {
      parseError = e as Error
    }
  })
  parser.on('error', (e: Error) => {
    parseError ??= badRequest('malformed_json', `The body is not valid JSON: ${e.message}`, '')
  })

  for await (const chunk of source) {
    // A synchronous write: stream-json emits the chunk's tokens before write() returns.
    parser.write(chunk as Buffer)
    if (parseError !== null) break
    if (batch.length >= batchSize) {
      const full = batch
      batch = []
      yield full
    }
  }
  if (parseError === null) {
    await new Promise<void>((resolve) => parser.end(resolve))
  }
  if (parseError !== null) {
    source.destroy()
    throw parseError
  }
  if (!topLevelSeen) throw badRequest('malformed_json', 'The body is empty', '')
  if (depth !== 0 || element !== null) throw badRequest('malformed_json', 'The body is not valid JSON: it ends in the middle of a value', '')
  if (header.type === null) throw notABundle('"type": "bundle" is missing')
  if (!sawObjects) throw notABundle('"objects" is missing')
  while (batch.length > 0) {
    const full = batch.splice(0, batchSize)
    yield full
  }
}
