/**
 * One page of a remote collection over HTTP: the built-in fetch (undici) with a deadline on the
 * whole exchange, the TAXII media type asked for and checked, the body read up to a bound. Every
 * failure becomes a FeedPollError whose message is safe to store and show (no credentials).
 */
import { errorResourceText, objectsUrl, readEnvelope, TAXII_MEDIA_TYPE, TaxiiAnswerError, type EnvelopePage, type ObjectsQuery } from '../../../formats/taxii-client/envelope'
import { MAX_PAGE_BYTES } from './feeds'

export type FeedCredentials = { kind: 'none' } | { kind: 'basic'; username: string; password: string } | { kind: 'bearer'; token: string }

export class FeedPollError extends Error {
  constructor(
    message: string,
    /** The peer refused a request carrying a next token (400, 404): the pagination restarts. */
    readonly nextRefused = false,
  ) {
    super(message)
  }
}

function authorization(c: FeedCredentials): Record<string, string> {
  switch (c.kind) {
    case 'none':
      return {}
    case 'basic':
      return { authorization: `Basic ${Buffer.from(`${c.username}:${c.password}`, 'utf8').toString('base64')}` }
    case 'bearer':
      return { authorization: `Bearer ${c.token}` }
  }
}

/** The body as text, refused past `max` bytes (a peer must not fill the hub's memory). */
async function boundedText(res: Response, max: number): Promise<string> {
  const declared = Number(res.headers.get('content-length') ?? NaN)
  if (declared > max) throw new FeedPollError(`the peer's page is ${declared} bytes, more than ${max}`)
  if (!res.body) return ''
  const chunks: Uint8Array[] = []
  let size = 0
  // The DOM typing of ReadableStream (seen by the console's type check) lacks its async iterator; Node's has it.
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength
    if (size > max) throw new FeedPollError(`the peer's page is more than ${max} bytes`)
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** Why a fetch failed, in words (the cause's code: ECONNREFUSED, UND_ERR_…), never the request. */
function transportError(e: unknown, timeoutMs: number, stage: 'connect' | 'body'): FeedPollError {
  if (e instanceof FeedPollError) return e
  const err = e as { name?: string; cause?: { code?: string; message?: string } }
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return new FeedPollError(`the peer did not answer within ${timeoutMs} ms`)
  const code = String(err.cause?.code ?? err.cause?.message ?? (e instanceof Error ? e.message : 'unknown error')).slice(0, 200)
  return new FeedPollError(stage === 'connect' ? `the peer could not be reached (${code})` : `the peer's answer broke off (${code})`)
}

export interface PageRequest {
  apiRoot: string
  collectionId: string
  query: ObjectsQuery
  credentials: FeedCredentials
  timeoutMs: number
  fetch: typeof fetch
}

export async function fetchPage(r: PageRequest): Promise<EnvelopePage> {
  const url = objectsUrl(r.apiRoot, r.collectionId, r.query)
  const signal = AbortSignal.timeout(r.timeoutMs)
  let res: Response
  let body: string
  try {
    res = await r.fetch(url, { headers: { accept: TAXII_MEDIA_TYPE, ...authorization(r.credentials) }, signal, redirect: 'error' })
  } catch (e) {
    throw transportError(e, r.timeoutMs, 'connect')
  }
  try {
    body = await boundedText(res, MAX_PAGE_BYTES)
  } catch (e) {
    throw transportError(e, r.timeoutMs, 'body')
  }
  const status = res.status
  if (status !== 200) {
    const said = errorResourceText(body)
    const why = status === 401 || status === 403 ? ' (the feed’s credentials were refused)' : ''
    throw new FeedPollError(`the peer answered HTTP ${status}${why}${said ? `: ${said}` : ''}`, r.query.next !== null && (status === 400 || status === 404))
  }
  try {
    return readEnvelope(res.headers.get('content-type'), body, { first: res.headers.get('x-taxii-date-added-first'), last: res.headers.get('x-taxii-date-added-last') })
  } catch (e) {
    if (e instanceof TaxiiAnswerError) throw new FeedPollError(e.message)
    throw e
  }
}
