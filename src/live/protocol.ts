/**
 * What a live-feed client may say, checked strictly: an unknown field or a wrong type is a
 * protocol error (WebSocket close 4000), never silently ignored.
 */
import type { LiveFilter } from './filter'

export const CLOSE = {
  badMessage: 4000,
  badAuth: 4001,
} as const

export type ClientMessage =
  | { type: 'auth'; token: string }
  | { type: 'subscribe'; filter: LiveFilter; lastSeq: number | null }

export class ProtocolError extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function onlyKeys(o: Record<string, unknown>, allowed: readonly string[], where: string): void {
  const extra = Object.keys(o).filter((k) => !allowed.includes(k))
  if (extra.length > 0) throw new ProtocolError(`${where}: unknown field ${extra[0]}`)
}

const EVENT_TYPE = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*(\.\*)?$/
const ID = /^[A-Za-z0-9_.:-]{1,128}$/

function optionalId(o: Record<string, unknown>, key: string): string | undefined {
  const v = o[key]
  if (v === undefined) return undefined
  if (typeof v !== 'string' || !ID.test(v)) throw new ProtocolError(`filter.${key} must be an id`)
  return v
}

/** A filter from a client: types (exact or `prefix.*`), incidentId, requestId, exerciseId. */
export function parseFilter(raw: unknown): LiveFilter {
  if (raw === undefined) return {}
  if (!isObject(raw)) throw new ProtocolError('filter must be an object')
  onlyKeys(raw, ['types', 'incidentId', 'requestId', 'exerciseId'], 'filter')
  const filter: { -readonly [K in keyof LiveFilter]: LiveFilter[K] } = {}
  if (raw.types !== undefined) {
    if (!Array.isArray(raw.types) || raw.types.length > 50 || !raw.types.every((t) => typeof t === 'string' && EVENT_TYPE.test(t))) {
      throw new ProtocolError('filter.types must be a list of event types such as "incident.updated" or "intel.*"')
    }
    filter.types = raw.types as string[]
  }
  const incidentId = optionalId(raw, 'incidentId')
  const requestId = optionalId(raw, 'requestId')
  const exerciseId = optionalId(raw, 'exerciseId')
  if (incidentId !== undefined) filter.incidentId = incidentId
  if (requestId !== undefined) filter.requestId = requestId
  if (exerciseId !== undefined) filter.exerciseId = exerciseId
  return filter
}

export function parseLastSeq(raw: unknown, where = 'lastSeq'): number | null {
  if (raw === undefined || raw === null) return null
  if (typeof raw !== 'number' || !Number.isSafeInteger(raw) || raw < 0) throw new ProtocolError(`${where} must be a whole number ≥ 0`)
  return raw
}

export function parseClientMessage(text: string): ClientMessage {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new ProtocolError('messages are JSON objects')
  }
  if (!isObject(raw)) throw new ProtocolError('messages are JSON objects')
  switch (raw.type) {
    case 'auth':
      onlyKeys(raw, ['type', 'token'], 'auth')
      if (typeof raw.token !== 'string') throw new ProtocolError('auth.token must be a string')
      return { type: 'auth', token: raw.token }
    case 'subscribe':
      onlyKeys(raw, ['type', 'filter', 'lastSeq'], 'subscribe')
      return { type: 'subscribe', filter: parseFilter(raw.filter), lastSeq: parseLastSeq(raw.lastSeq) }
    default:
      throw new ProtocolError('type must be "auth" or "subscribe"')
  }
}
