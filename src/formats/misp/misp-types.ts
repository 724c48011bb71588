import { badRequest, unprocessable } from '../../core/errors'

/**
 * The MISP core format (draft-dulaunoy-misp-core-format; https://www.misp-project.org/datamodels/),
 * only the members this module reads or writes. MISP writes most numbers as strings.
 */
export interface MispTag {
  name: string
}

export interface MispAttribute {
  uuid: string
  type: string
  category?: string
  value: string
  to_ids: boolean | string | number
  distribution?: string | number
  sharing_group_id?: string | number
  comment?: string
  timestamp?: string | number
  object_relation?: string | null
  Tag?: MispTag[]
}

export interface MispObjectReference {
  uuid?: string
  referenced_uuid: string
  relationship_type: string
  comment?: string
}

export interface MispObject {
  uuid: string
  name: string
  'meta-category'?: string
  distribution?: string | number
  sharing_group_id?: string | number
  comment?: string
  timestamp?: string | number
  Attribute: MispAttribute[]
  ObjectReference?: MispObjectReference[]
}

export interface MispGalaxyCluster {
  uuid?: string
  type?: string
  value: string
  tag_name?: string
  description?: string
}

export interface MispGalaxy {
  uuid?: string
  name?: string
  type: string
  GalaxyCluster?: MispGalaxyCluster[]
}

export interface MispEvent {
  uuid: string
  info: string
  date: string
  threat_level_id?: string | number
  analysis?: string | number
  distribution?: string | number
  sharing_group_id?: string | number
  timestamp?: string | number
  published?: boolean
  Tag?: MispTag[]
  Attribute?: MispAttribute[]
  Object?: MispObject[]
  Galaxy?: MispGalaxy[]
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function asEvent(v: unknown, pointer: string): MispEvent {
  const wrapped = isRecord(v) && isRecord(v.Event)
  const event = wrapped ? v.Event : v
  const at = wrapped ? `${pointer}/Event` : pointer
  if (!isRecord(event) || typeof event.uuid !== 'string' || typeof event.info !== 'string') {
    throw badRequest('invalid_misp_event', 'Not a MISP event: an Event needs at least uuid and info', at)
  }
  checkWhen(event, at)
  return event as unknown as MispEvent
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** A calendar day written YYYY-MM-DD that exists (2026-02-30 does not). */
function isCalendarDay(v: unknown): boolean {
  if (typeof v !== 'string' || !ISO_DAY.test(v)) return false
  const d = new Date(`${v}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v
}

const isEpochSeconds = (v: unknown): boolean => (typeof v === 'number' || (typeof v === 'string' && v.trim() !== '')) && Number.isFinite(Number(v)) && Number(v) > 0

/**
 * An event says when it happened: `date` (YYYY-MM-DD) or `timestamp` (epoch seconds). Whichever
 * is given must be usable, and one must be: the STIX report's `published` comes from them.
 */
function checkWhen(event: Record<string, unknown>, at: string): void {
  if (event.date !== undefined && !isCalendarDay(event.date))
    throw unprocessable('bad_misp_date', `The event's date must be a day written YYYY-MM-DD, not ${JSON.stringify(event.date)}`, `${at}/date`)
  if (event.timestamp !== undefined && !isEpochSeconds(event.timestamp))
    throw unprocessable('bad_misp_timestamp', `The event's timestamp must be seconds since 1970, not ${JSON.stringify(event.timestamp)}`, `${at}/timestamp`)
  if (event.date === undefined && event.timestamp === undefined)
    throw unprocessable('missing_misp_date', 'The event needs a date (YYYY-MM-DD) or a timestamp (epoch seconds)', `${at}/date`)
}

/**
 * The events of a MISP JSON document, whichever shape the export took: `{ "Event": {...} }` (one
 * event), `{ "response": [ { "Event": {...} }, ... ] }` (REST search), a bare array of either,
 * or a bare event.
 */
export function readMispEvents(doc: unknown): MispEvent[] {
  if (isRecord(doc) && Array.isArray(doc.response)) return doc.response.map((e, i) => asEvent(e, `/response/${i}`))
  if (Array.isArray(doc)) return doc.map((e, i) => asEvent(e, `/${i}`))
  return [asEvent(doc, '')]
}

export const isToIds = (a: Pick<MispAttribute, 'to_ids'>): boolean => a.to_ids === true || a.to_ids === '1' || a.to_ids === 1
