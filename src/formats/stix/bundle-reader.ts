/**
 * Reads a STIX 2.1 bundle from a byte stream without holding it. A byte-level scanner walks the
 * bundle's own members and finds where each element of `objects` begins and ends (tracking
 * strings, escapes and nesting), and each element is handed to JSON.parse on its own: the native
 * parser does the work a token stream did in JavaScript, and only one element (plus the current
 * chunk) is held at a time. Scanning bytes is safe in UTF-8: every structural character is ASCII
 * and no byte of a multi-byte sequence is below 0x80. Every piece is validated (the members by
 * the scanner's grammar, each value by JSON.parse), so an accepted document is valid JSON.
 */
import { finished, type Readable } from 'node:stream'
import { badRequest } from '../../core/errors'

export interface BundleHeader {
  id: string | null
  type: string | null
}

const notABundle = (detail: string) => badRequest('not_a_bundle', `Not a STIX 2.1 bundle: ${detail}`, '')
const malformed = (detail: string) => badRequest('malformed_json', `The body is not valid JSON: ${detail}`, '')

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const COMMA = 0x2c
const COLON = 0x3a

/** Bytes a JSON value other than an object may start with: [ " - 0-9 t f n. */
const startsJsonValue = (c: number): boolean => c === OPEN_BRACKET || c === QUOTE || c === 0x2d || (c >= 0x30 && c <= 0x39) || c === 0x74 || c === 0x66 || c === 0x6e

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09
/** Bytes that end a number or a literal (true, false, null). */
const endsBare = (c: number): boolean => c === COMMA || c === CLOSE_BRACKET || c === CLOSE_BRACE || isSpace(c)

/** Where the scanner is in the bundle's own object (`{"type": ..., "objects": [...]}`). */
enum At {
  Document,
  FirstKey,
  Key,
  Colon,
  Value,
  AfterMember,
  FirstElement,
  Element,
  AfterElement,
  AfterDocument,
  /** A document that is not an object (an array, a string ...): held whole to tell a syntax error from a wrong shape. */
  Foreign,
}

const BUNDLE_SHAPE = 'a bundle is one object {"type": "bundle", "id": "bundle--…", "objects": [ … ]}'

/** A document that is not an object is held up to this size to be parsed whole; a larger one is refused for its shape alone. */
const FOREIGN_LIMIT = 16 << 20

/** What a whole document that is valid JSON but not an object is, in words. */
const describeForeign = (value: unknown): string =>
  Array.isArray(value)
    ? `the document is a JSON array of ${value.length} ${value.length === 1 ? 'element' : 'elements'}, not a bundle; ${BUNDLE_SHAPE}`
    : `the document is a JSON ${value === null ? 'null' : typeof value}, not a bundle; ${BUNDLE_SHAPE}`

/** The extent of one JSON value, possibly over several chunks; the value itself is checked by JSON.parse. */
class ValueExtent {
  readonly #parts: Buffer[] = []
  #kind: 'container' | 'string' | 'bare' = 'bare'
  #depth = 0
  #inString = false
  #escaped = false

  constructor(readonly startOffset: number) {}

  /** Starts at `chunk[i]` (the value's first byte); returns the index after the value, or -1 if it goes on. */
  begin(chunk: Buffer, i: number): number {
    const c = chunk[i]!
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      this.#kind = 'container'
      this.#depth = 1
    } else if (c === QUOTE) {
      this.#kind = 'string'
      this.#inString = true
    } else this.#kind = 'bare'
    return this.#scan(chunk, i, i + 1)
  }

  /** Goes on in the next chunk. */
  resume(chunk: Buffer): number {
    return this.#scan(chunk, 0, 0)
  }

  text(): string {
    return this.#parts.length === 1 ? this.#parts[0]!.toString('utf8') : Buffer.concat(this.#parts).toString('utf8')
  }

  #scan(chunk: Buffer, start: number, from: number): number {
    const end = this.#kind === 'bare' ? this.#scanBare(chunk, from) : this.#scanNested(chunk, from)
    if (end === -1) this.#parts.push(chunk.subarray(start))
    else this.#parts.push(chunk.subarray(start, end))
    return end
  }

  #scanBare(chunk: Buffer, from: number): number {
    for (let i = from; i < chunk.length; i++) if (endsBare(chunk[i]!)) return i
    return -1
  }

  #scanNested(chunk: Buffer, from: number): number {
    let depth = this.#depth
    let inString = this.#inString
    let escaped = this.#escaped
    const n = chunk.length
    // Strings are most of the bytes: jump from quote to quote (native search), stopping at a
    // backslash only when one comes first. `backslash` is the next one at or after the position.
    let backslash = -1
    for (let i = from; i < n; i++) {
      if (inString) {
        if (escaped) {
          escaped = false
          continue
        }
        const quote = chunk.indexOf(QUOTE, i)
        if (backslash < i) backslash = indexOrEnd(chunk, BACKSLASH, i)
        if (quote === -1 || backslash < quote) {
          if (backslash >= n) break
          i = backslash
          escaped = true
          continue
        }
        i = quote
        inString = false
        if (depth === 0) return i + 1
        continue
      }
      const c = chunk[i]!
      if (c === QUOTE) inString = true
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++
      else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && --depth === 0) return i + 1
    }
    this.#depth = depth
    this.#inString = inString
    this.#escaped = escaped
    return -1
  }
}

const indexOrEnd = (chunk: Buffer, byte: number, from: number): number => {
  const at = chunk.indexOf(byte, from)
  return at === -1 ? chunk.length : at
}

/** The scanner: fed chunk by chunk, it fills `batch` with parsed elements and `header` with the bundle's id and type. */
export class BundleScanner {
  readonly header: BundleHeader = { id: null, type: null }
  batch: unknown[] = []
  /** Bytes of JSON the current batch was parsed from. */
  batchBytes = 0
  #at = At.Document
  #key: string | null = null
  #sawObjects = false
  #elements = 0
  #offset = 0
  #value: ValueExtent | null = null
  /** What the value being read is: a member key, a member's value, or an element of `objects`. */
  #valueRole: 'key' | 'member' | 'element' = 'member'
  /**
   * Why the document, an object, is not a bundle (its "type" is another): reported once the whole
   * document is read, so that a syntax error further on is reported as one (a bare object with a
   * trailing comma is malformed JSON first). Its elements are not kept meanwhile.
   */
  #notBundle: string | null = null
  #foreign: Buffer[] = []
  #foreignBytes = 0

  feed(chunk: Buffer): void {
    if (this.#at === At.Foreign) return this.#holdForeign(chunk)
    let i = 0
    if (this.#value !== null) {
      const end = this.#value.resume(chunk)
      if (end === -1) return void (this.#offset += chunk.length)
      this.#finishValue()
      i = end
    }
    const n = chunk.length
    while (i < n) {
      const c = chunk[i]!
      if (isSpace(c)) {
        i++
        continue
      }
      if (this.#at === At.Document && c !== OPEN_BRACE && startsJsonValue(c)) {
        this.#at = At.Foreign
        this.#holdForeign(chunk.subarray(i))
        return
      }
      const next = this.#step(chunk, i, c)
      if (next === -1) break
      i = next
    }
    this.#offset += chunk.length
  }

  #holdForeign(bytes: Buffer): void {
    this.#foreign.push(bytes)
    this.#foreignBytes += bytes.length
    if (this.#foreignBytes > FOREIGN_LIMIT) throw notABundle(`the document starts with ${JSON.stringify(String.fromCharCode(this.#foreign[0]![0]!))}, so it is not an object; ${BUNDLE_SHAPE}`)
  }

  end(): void {
    if (this.#at === At.Document) throw badRequest('malformed_json', 'The body is empty', '')
    if (this.#at === At.Foreign) {
      let value: unknown
      try {
        value = JSON.parse(Buffer.concat(this.#foreign).toString('utf8'))
      } catch (e) {
        throw malformed((e as Error).message)
      }
      throw notABundle(describeForeign(value))
    }
    if (this.#value !== null || this.#at !== At.AfterDocument) throw malformed('it ends in the middle of a value')
    if (this.#notBundle !== null) throw notABundle(this.#notBundle)
    if (this.header.type === null) throw notABundle('"type": "bundle" is missing')
    if (!this.#sawObjects) throw notABundle('"objects" is missing')
  }

  /** Handles the byte `c` at `chunk[i]` (not white space); returns where to go on, or -1 when a value runs past the chunk. */
  #step(chunk: Buffer, i: number, c: number): number {
    const where = this.#offset + i
    switch (this.#at) {
      case At.Document:
        if (c !== OPEN_BRACE) throw malformed(`unexpected character at byte ${where}`)
        this.#at = At.FirstKey
        return i + 1
      case At.FirstKey:
      case At.Key:
        if (c === CLOSE_BRACE && this.#at === At.FirstKey) {
          this.#at = At.AfterDocument
          return i + 1
        }
        if (c === CLOSE_BRACE) throw malformed(`a trailing ',' before '}' at byte ${where}`)
        if (c !== QUOTE) throw malformed(`expected a property name at byte ${where}`)
        return this.#beginValue(chunk, i, 'key')
      case At.Colon:
        if (c !== COLON) throw malformed(`expected ':' at byte ${where}`)
        this.#at = At.Value
        return i + 1
      case At.Value:
        if (this.#key === 'objects') {
          if (c !== OPEN_BRACKET) throw notABundle('"objects" must be an array')
          this.#sawObjects = true
          this.#at = At.FirstElement
          return i + 1
        }
        return this.#beginValue(chunk, i, 'member')
      case At.AfterMember:
        if (c === COMMA) this.#at = At.Key
        else if (c === CLOSE_BRACE) this.#at = At.AfterDocument
        else throw malformed(`expected ',' or '}' at byte ${where}`)
        return i + 1
      case At.FirstElement:
        if (c === CLOSE_BRACKET) {
          this.#at = At.AfterMember
          return i + 1
        }
        return this.#beginValue(chunk, i, 'element')
      case At.Element:
        if (c === CLOSE_BRACKET) throw malformed(`a trailing ',' in "objects" at byte ${where}`)
        return this.#beginValue(chunk, i, 'element')
      case At.AfterElement:
        if (c === COMMA) this.#at = At.Element
        else if (c === CLOSE_BRACKET) this.#at = At.AfterMember
        else throw malformed(`expected ',' or ']' in "objects" at byte ${where}`)
        return i + 1
      case At.AfterDocument:
        throw malformed(`content after the end of the bundle at byte ${where}`)
      case At.Foreign:
        // feed() holds a foreign document's bytes before they reach the scanner.
        return chunk.length
    }
  }

  #beginValue(chunk: Buffer, i: number, role: 'key' | 'member' | 'element'): number {
    const value = new ValueExtent(this.#offset + i)
    const end = value.begin(chunk, i)
    this.#value = value
    this.#valueRole = role
    if (end === -1) return -1
    this.#finishValue()
    return end
  }

  #finishValue(): void {
    const extent = this.#value!
    this.#value = null
    let value: unknown
    const text = extent.text()
    try {
      value = JSON.parse(text)
    } catch (e) {
      const what = this.#valueRole === 'element' ? `objects[${this.#elements}]` : this.#valueRole === 'key' ? 'a property name' : `"${this.#key}"`
      throw malformed(`${what} (from byte ${extent.startOffset}): ${(e as Error).message}`)
    }
    if (this.#valueRole === 'element') {
      this.#elements++
      if (this.#notBundle === null) {
        this.batch.push(value)
        this.batchBytes += text.length
      }
      this.#at = At.AfterElement
    } else if (this.#valueRole === 'key') {
      this.#key = value as string
      this.#at = At.Colon
    } else {
      this.#member(this.#key!, value)
      this.#at = At.AfterMember
    }
  }

  #member(key: string, value: unknown): void {
    if (key !== 'type' && key !== 'id') return
    if (typeof value !== 'string') throw notABundle(`"${key}" must be a string`)
    this.header[key] = value
    if (key === 'type' && value !== 'bundle') {
      this.#notBundle = `the document is one object of type "${value}", not a bundle; ${BUNDLE_SHAPE}`
      this.batch = []
      this.batchBytes = 0
    }
  }
}

/** A batch is also cut after this much JSON, so that large objects (ATT&CK's) do not make large batches. */
export const BATCH_BYTES = 8 << 20

/**
 * Yields the bundle's objects in batches of about `batchSize` (or BATCH_BYTES of JSON), as parsed values (not yet validated).
 * Throws a 400 problem for malformed JSON (where it broke) or a document that is not a bundle;
 * `header` holds the bundle's id and type once the stream is read.
 */
export function readBundle(source: Readable, batchSize = 5000): { batches: AsyncIterable<unknown[]>; header: BundleHeader } {
  const scanner = new BundleScanner()
  return { header: scanner.header, batches: batchesOf(source, batchSize, scanner) }
}

/** How far the source may read ahead of the parser: it goes on reading while a batch is written. */
const READ_AHEAD_BYTES = 16 << 20

/**
 * The source's chunks, read ahead up to READ_AHEAD_BYTES (a stream alone reads one high-water
 * mark ahead, and then waits for the parser, which waits for the database). An error or an early
 * close of the source is thrown; a consumer that stops early destroys the source.
 */
async function* readAhead(source: Readable, limit = READ_AHEAD_BYTES): AsyncGenerator<Buffer> {
  const queue: Buffer[] = []
  let queued = 0
  let ended = false
  let failed: Error | null = null
  let wake: (() => void) | null = null
  const notify = (): void => {
    const w = wake
    wake = null
    w?.()
  }
  const onData = (chunk: Buffer | string): void => {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    queue.push(bytes)
    queued += bytes.length
    if (queued >= limit) source.pause()
    notify()
  }
  source.on('data', onData)
  const stopWatching = finished(source, (e) => {
    if (e) failed = e
    else ended = true
    notify()
  })
  try {
    for (;;) {
      const next = queue.shift()
      if (next !== undefined) {
        queued -= next.length
        if (queued < limit && source.isPaused()) source.resume()
        yield next
        continue
      }
      if (failed !== null) throw failed
      if (ended) return
      await new Promise<void>((resolve) => (wake = resolve))
    }
  } finally {
    source.off('data', onData)
    stopWatching()
    if (!ended) source.destroy()
  }
}

async function* batchesOf(source: Readable, batchSize: number, scanner: BundleScanner): AsyncGenerator<unknown[]> {
  for await (const chunk of readAhead(source)) {
    scanner.feed(chunk)
    const full = takeFullBatch(scanner, batchSize)
    if (full !== null) yield full
  }
  scanner.end()
  while (scanner.batch.length > 0) yield scanner.batch.splice(0, batchSize)
}

/** The scanner's batch if it is full (by count or by bytes), leaving it an empty one; null if not. */
export function takeFullBatch(scanner: BundleScanner, batchSize: number, batchBytes = BATCH_BYTES): unknown[] | null {
  if (scanner.batch.length < batchSize && scanner.batchBytes < batchBytes) return null
  const full = scanner.batch
  scanner.batch = []
  scanner.batchBytes = 0
  return full
}
