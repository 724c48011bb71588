import { canonicalJson } from '../../core/canonical-json'
import type { CarriedAttribute, CarriedCluster, CarriedObject } from './carried'
import { tlpRank, type Tlp } from '../../tlp'
import { defaultCategoryOf, isValidPair } from './describe-types'
import { isTlpTag, tlpOfTags } from './misp-tlp'
import type { MispAttribute, MispGalaxy, MispObject } from './misp-types'
import { uuidV5, SHIELDWALL_MISP_NAMESPACE } from './stix-build'

/** One attribute as MISP writes it: strings for numbers, only what is known. */
function written(r: CarriedAttribute, category: string, uuid: string): MispAttribute {
  return {
    uuid,
    type: r.type,
    category,
    value: r.value,
    to_ids: r.to_ids,
    ...(r.comment !== undefined ? { comment: r.comment } : {}),
    ...(r.distribution !== undefined ? { distribution: r.distribution } : {}),
    ...(r.sharing_group_id !== undefined ? { sharing_group_id: r.sharing_group_id } : {}),
    ...(r.timestamp !== undefined ? { timestamp: r.timestamp } : {}),
    ...(r.object_relation !== undefined ? { object_relation: r.object_relation } : {}),
    ...(r.tags?.length ? { Tag: r.tags.map((name) => ({ name })) } : {}),
  }
}

/**
 * Collects the attributes, objects and galaxy clusters of one MISP event: each record once, each
 * uuid once (a repeated uuid gets a new one, said in `warnings`), each type/category pair one
 * MISP's type table allows.
 */
export class MispEventBuilder {
  readonly attributes: MispAttribute[] = []
  readonly objects = new Map<string, MispObject>()
  readonly galaxies = new Map<string, MispGalaxy>()
  readonly warnings: string[] = []
  readonly #uuids = new Set<string>()
  readonly #records = new Set<string>()
  readonly #clusters = new Set<string>()

  /** `tlp` is the level the event is exported at: no attribute inside it may claim a looser one. */
  constructor(readonly tlp: Tlp | null) {}

  /** The record's tags, less a TLP tag looser than the event's: MISP would share it more widely than the hub holds it. */
  #tags(r: CarriedAttribute): CarriedAttribute {
    const tlp = this.tlp
    if (tlp === null || r.tags === undefined) return r
    const looser = r.tags.filter((t) => isTlpTag(t) && tlpRank(tlpOfTags([{ name: t }])!) < tlpRank(tlp))
    if (looser.length === 0) return r
    this.warnings.push(`attribute ${r.uuid}: tag ${looser.join(', ')} is looser than the event's TLP:${tlp}; left out`)
    const tags = r.tags.filter((t) => !looser.includes(t))
    const { tags: _all, ...rest } = r
    return tags.length > 0 ? { ...rest, tags } : rest
  }

  #uniqueUuid(uuid: string, what: string): string {
    if (!this.#uuids.has(uuid)) {
      this.#uuids.add(uuid)
      return uuid
    }
    let n = 1
    while (this.#uuids.has(uuidV5(SHIELDWALL_MISP_NAMESPACE, `${uuid}#${n}`))) n += 1
    const fresh = uuidV5(SHIELDWALL_MISP_NAMESPACE, `${uuid}#${n}`)
    this.#uuids.add(fresh)
    this.warnings.push(`${what} uuid ${uuid} is used more than once: this occurrence written with uuid ${fresh}`)
    return fresh
  }

  #category(r: CarriedAttribute): string {
    if (r.category !== undefined && isValidPair(r.type, r.category)) return r.category
    const fallback = defaultCategoryOf(r.type) ?? 'Other'
    if (r.category !== undefined) this.warnings.push(`attribute ${r.uuid}: category "${r.category}" is not allowed for type "${r.type}" by MISP; written as "${fallback}"`)
    return fallback
  }

  /** True when the record was new (an exact repeat, carried by two STIX objects, is one attribute). */
  add(r: CarriedAttribute): boolean {
    const key = canonicalJson(r)
    if (this.#records.has(key)) return false
    this.#records.add(key)
    const attribute = written(this.#tags(r), this.#category(r), this.#uniqueUuid(r.uuid, 'attribute'))
    if (r.object === undefined) this.attributes.push(attribute)
    else this.#objectOf(r.object).Attribute.push(attribute)
    return true
  }

  #objectOf(o: CarriedObject): MispObject {
    const known = this.objects.get(o.uuid)
    if (known !== undefined) return known
    const object: MispObject = {
      uuid: o.uuid,
      name: o.name,
      ...(o.meta_category !== undefined ? { 'meta-category': o.meta_category } : {}),
      ...(o.comment !== undefined ? { comment: o.comment } : {}),
      ...(o.distribution !== undefined ? { distribution: o.distribution } : {}),
      ...(o.sharing_group_id !== undefined ? { sharing_group_id: o.sharing_group_id } : {}),
      ...(o.timestamp !== undefined ? { timestamp: o.timestamp } : {}),
      Attribute: [],
      ...(o.references?.length ? { ObjectReference: o.references.map((r) => ({ ...r })) } : {}),
    }
    this.#uuids.add(o.uuid)
    this.objects.set(o.uuid, object)
    return object
  }

  addCluster(c: CarriedCluster): void {
    const key = `${c.galaxy_type}\u0000${c.uuid ?? c.value}`
    if (this.#clusters.has(key)) return
    this.#clusters.add(key)
    let galaxy = this.galaxies.get(c.galaxy_type)
    if (galaxy === undefined) {
      galaxy = {
        type: c.galaxy_type,
        ...(c.galaxy_name !== undefined ? { name: c.galaxy_name } : {}),
        ...(c.galaxy_uuid !== undefined ? { uuid: c.galaxy_uuid } : {}),
        GalaxyCluster: [],
      }
      this.galaxies.set(c.galaxy_type, galaxy)
    }
    galaxy.GalaxyCluster!.push({
      type: c.galaxy_type,
      value: c.value,
      ...(c.uuid !== undefined ? { uuid: c.uuid } : {}),
      tag_name: c.tag_name ?? `misp-galaxy:${c.galaxy_type}="${c.value}"`,
      ...(c.description !== undefined ? { description: c.description } : {}),
    })
  }

  /** Tags every cluster brings with it (MISP lists them among the event's tags too). */
  clusterTags(): string[] {
    return [...this.galaxies.values()].flatMap((g) => (g.GalaxyCluster ?? []).map((c) => c.tag_name!))
  }
}
