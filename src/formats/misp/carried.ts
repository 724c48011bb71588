import type { MispAttribute, MispGalaxyCluster, MispObject } from './misp-types'
import { isToIds } from './misp-types'

/**
 * What of a MISP attribute, object or galaxy cluster rides along in the STIX made from it, as
 * custom `x_misp_*` properties (STIX 2.1 §11.1): the uuids, the object it belongs to, its tags.
 * STIX has no place for them, and without them an export cannot give MISP back its own records.
 */
export interface CarriedObject {
  uuid: string
  name: string
  meta_category?: string
  comment?: string
  distribution?: string
  sharing_group_id?: string
  timestamp?: string
  references?: { uuid?: string; referenced_uuid: string; relationship_type: string; comment?: string }[]
}

export interface CarriedAttribute {
  uuid: string
  type: string
  category?: string
  value: string
  to_ids: boolean
  comment?: string
  distribution?: string
  sharing_group_id?: string
  timestamp?: string
  object_relation?: string
  tags?: string[]
  object?: CarriedObject
}

export interface CarriedCluster {
  galaxy_type: string
  galaxy_name?: string
  galaxy_uuid?: string
  uuid?: string
  value: string
  tag_name?: string
  description?: string
}

const str = (v: string | number | null | undefined): string | undefined => (v === undefined || v === null || v === '' ? undefined : String(v))

/** Drops undefined members: custom properties carry only what the source had. */
const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T

export function carriedObject(o: MispObject): CarriedObject {
  return defined({
    uuid: o.uuid,
    name: o.name,
    meta_category: str(o['meta-category']),
    comment: str(o.comment),
    distribution: str(o.distribution),
    sharing_group_id: str(o.sharing_group_id),
    timestamp: str(o.timestamp),
    references: o.ObjectReference?.length
      ? o.ObjectReference.map((r) => defined({ uuid: str(r.uuid), referenced_uuid: r.referenced_uuid, relationship_type: r.relationship_type, comment: str(r.comment) }))
      : undefined,
  })
}

export function carriedAttribute(a: MispAttribute, object?: CarriedObject): CarriedAttribute {
  return defined({
    uuid: a.uuid,
    type: a.type,
    category: str(a.category),
    value: a.value,
    to_ids: isToIds(a),
    comment: str(a.comment),
    distribution: str(a.distribution),
    sharing_group_id: str(a.sharing_group_id),
    timestamp: str(a.timestamp),
    object_relation: str(a.object_relation),
    tags: a.Tag?.length ? a.Tag.map((t) => t.name) : undefined,
    object,
  })
}

export function carriedCluster(galaxy: { type: string; name?: string; uuid?: string }, c: MispGalaxyCluster): CarriedCluster {
  return defined({
    galaxy_type: galaxy.type,
    galaxy_name: str(galaxy.name),
    galaxy_uuid: str(galaxy.uuid),
    uuid: str(c.uuid),
    value: c.value,
    tag_name: str(c.tag_name),
    description: str(c.description),
  })
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

const optionalString = (v: unknown): string | undefined => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined)

/** A carried object as written by the hub, or undefined when the STIX (from anywhere) holds something else. */
function objectOf(v: unknown): CarriedObject | undefined {
  if (!isRecord(v) || typeof v.uuid !== 'string' || typeof v.name !== 'string') return undefined
  const references = Array.isArray(v.references)
    ? v.references.filter(isRecord).flatMap((r) =>
        typeof r.referenced_uuid === 'string' && typeof r.relationship_type === 'string'
          ? [defined({ uuid: optionalString(r.uuid), referenced_uuid: r.referenced_uuid, relationship_type: r.relationship_type, comment: optionalString(r.comment) })]
          : [],
      )
    : []
  return defined({
    uuid: v.uuid,
    name: v.name,
    meta_category: optionalString(v.meta_category),
    comment: optionalString(v.comment),
    distribution: optionalString(v.distribution),
    sharing_group_id: optionalString(v.sharing_group_id),
    timestamp: optionalString(v.timestamp),
    references: references.length > 0 ? references : undefined,
  })
}

/**
 * The carried records of a STIX object, rebuilt member by member: the STIX may come from anywhere,
 * and only well-formed records, with strings where MISP wants strings, become MISP attributes.
 */
export function carriedAttributesOf(o: Record<string, unknown>, key = 'x_misp_attributes'): CarriedAttribute[] {
  const list = o[key]
  if (!Array.isArray(list)) return []
  return list.filter(isRecord).flatMap((r) => {
    if (typeof r.uuid !== 'string' || typeof r.type !== 'string' || typeof r.value !== 'string') return []
    const tags = Array.isArray(r.tags) ? r.tags.filter((t): t is string => typeof t === 'string') : []
    return [
      defined({
        uuid: r.uuid,
        type: r.type,
        category: optionalString(r.category),
        value: r.value,
        to_ids: r.to_ids === true,
        comment: optionalString(r.comment),
        distribution: optionalString(r.distribution),
        sharing_group_id: optionalString(r.sharing_group_id),
        timestamp: optionalString(r.timestamp),
        object_relation: optionalString(r.object_relation),
        tags: tags.length > 0 ? tags : undefined,
        object: objectOf(r.object),
      }),
    ]
  })
}

export function carriedClustersOf(o: Record<string, unknown>): CarriedCluster[] {
  const list = o.x_misp_galaxy_clusters
  if (!Array.isArray(list)) return []
  return list.filter(isRecord).flatMap((c) =>
    typeof c.galaxy_type === 'string' && typeof c.value === 'string'
      ? [
          defined({
            galaxy_type: c.galaxy_type,
            galaxy_name: optionalString(c.galaxy_name),
            galaxy_uuid: optionalString(c.galaxy_uuid),
            uuid: optionalString(c.uuid),
            value: c.value,
            tag_name: optionalString(c.tag_name),
            description: optionalString(c.description),
          }),
        ]
      : [],
  )
}
