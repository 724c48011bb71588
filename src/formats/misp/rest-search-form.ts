/**
 * MISP restSearch answers in attribute or object form, read as the events they came from
 * (deviation `misp-rest-search-form` of formats/stix/deviations.ts). `/attributes/restSearch`
 * answers `{"response": {"Attribute": [...]}}`, each attribute naming its event (`event_id`, and
 * `Event: {uuid, info}` when asked for); `/objects/restSearch` answers objects the same way.
 * An import expects events: this groups the attributes and objects by the event they name.
 */
import type { MispAttribute, MispEvent, MispObject } from './misp-types'
import { SHIELDWALL_MISP_NAMESPACE, uuidV5 } from './stix-build'

type Obj = Record<string, unknown>

const isRecord = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

export interface RestSearchForm {
  events: MispEvent[]
  /** What was read, for the import's report: the form and the events it named. */
  detail: string
}

/** The attributes and objects of the answer, if it is in attribute or object form; null otherwise. */
function itemsOf(doc: unknown): { attributes: Obj[]; objects: Obj[] } | null {
  if (!isRecord(doc)) return null
  const response = doc.response
  if (isRecord(response) && (Array.isArray(response.Attribute) || Array.isArray(response.Object))) {
    const attributes = Array.isArray(response.Attribute) ? response.Attribute.filter(isRecord) : []
    const objects = Array.isArray(response.Object) ? response.Object.filter(isRecord) : []
    return { attributes, objects }
  }
  // `/objects/restSearch` may also answer a list of `{"Object": {...}}`.
  if (Array.isArray(response) && response.length > 0 && response.every((r) => isRecord(r) && isRecord(r.Object) && r.Event === undefined)) {
    return { attributes: [], objects: response.map((r) => (r as { Object: Obj }).Object) }
  }
  return null
}

interface Group {
  key: string
  uuid: string | null
  info: string | null
  attributes: MispAttribute[]
  objects: MispObject[]
  timestamp: number
}

const eventKeyOf = (item: Obj): { key: string; uuid: string | null; info: string | null } => {
  const event = isRecord(item.Event) ? item.Event : {}
  const uuid = typeof event.uuid === 'string' ? event.uuid : null
  const eventId = typeof item.event_id === 'string' || typeof item.event_id === 'number' ? String(item.event_id) : null
  return { key: uuid ?? `event_id:${eventId ?? '?'}`, uuid, info: typeof event.info === 'string' ? event.info : null }
}

const secondsOf = (v: unknown): number => (typeof v === 'number' || typeof v === 'string' ? Number(v) || 0 : 0)

/** Without the answer's own `Event` member, which belongs to the event built around it. */
const withoutEvent = ({ Event: _event, ...rest }: Obj): Obj => rest

/**
 * The events an attribute- or object-form restSearch answer names, each holding its attributes
 * and objects; null when `doc` is in another form. An event whose uuid the answer does not give
 * gets one derived from its MISP id and its attributes' uuids, so that importing the same answer
 * again finds the same event.
 */
export function readRestSearchForm(doc: unknown): RestSearchForm | null {
  const items = itemsOf(doc)
  if (items === null) return null
  const groups = new Map<string, Group>()
  const groupOf = (item: Obj): Group => {
    const { key, uuid, info } = eventKeyOf(item)
    let g = groups.get(key)
    if (g === undefined) groups.set(key, (g = { key, uuid, info, attributes: [], objects: [], timestamp: 0 }))
    g.timestamp = Math.max(g.timestamp, secondsOf(item.timestamp))
    return g
  }
  for (const a of items.attributes) groupOf(a).attributes.push(withoutEvent(a) as unknown as MispAttribute)
  for (const o of items.objects) groupOf(o).objects.push(withoutEvent(o) as unknown as MispObject)
  const events = [...groups.values()].map(eventOf)
  const form = items.attributes.length > 0 ? 'attribute' : 'object'
  const detail =
    `a restSearch answer in ${form} form (${items.attributes.length} attributes, ${items.objects.length} objects) read as ` +
    `${events.length} ${events.length === 1 ? 'event' : 'events'}: ${[...groups.values()].map((g) => g.uuid ?? g.key).join(', ')}`
  return { events, detail }
}

function eventOf(g: Group): MispEvent {
  const uuid = g.uuid ?? uuidV5(SHIELDWALL_MISP_NAMESPACE, `rest-search:${g.key}:${g.attributes.map((a) => a.uuid).sort().join(',')}`)
  return {
    uuid,
    info: g.info ?? `MISP restSearch answer (${g.key.replace('event_id:', 'event ')})`,
    ...(g.timestamp > 0 ? { timestamp: String(g.timestamp) } : {}),
    ...(g.attributes.length > 0 ? { Attribute: g.attributes } : {}),
    ...(g.objects.length > 0 ? { Object: g.objects } : {}),
  } as MispEvent
}
