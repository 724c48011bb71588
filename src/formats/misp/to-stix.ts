import type { Tlp } from '../../tlp'
import type { StixLikeObject } from '../observables'
import { mapAttributeValue, PATTERN_ONLY, type MappedValue } from './attribute-map'
import { distributionOf, effectiveTlp, isTlpTag, stricter, tlpOfTags } from './misp-tlp'
import { carriedAttribute, carriedCluster, carriedObject, type CarriedAttribute, type CarriedObject } from './carried'
import { isToIds, type MispAttribute, type MispEvent, type MispGalaxyCluster, type MispTag } from './misp-types'
import { mapMispObject } from './object-map'
import { patternOf, sdoId, stixTime, type Comparison } from './stix-build'

export interface MispToStixResult {
  objects: StixLikeObject[]
  /** The event's TLP; null when neither its tags nor its distribution say. */
  tlp: Tlp | null
  /** Per STIX id, when an attribute or object is stricter than its event. */
  objectTlp: Record<string, Tlp>
  /** MISP uuids (attributes, objects) that became STIX objects; the rest are in `warnings`. */
  mapped: string[]
  warnings: string[]
}

/** Galaxies STIX has a domain object for; the others become labels of the report. */
const GALAXY_SDO: Record<string, string> = {
  'threat-actor': 'threat-actor',
  'mitre-attack-pattern': 'attack-pattern',
  'mitre-enterprise-attack-attack-pattern': 'attack-pattern',
  'mitre-intrusion-set': 'intrusion-set',
  'mitre-malware': 'malware',
  malware: 'malware',
  'mitre-tool': 'tool',
  tool: 'tool',
  'mitre-course-of-action': 'course-of-action',
}

const MITRE_ID = /\s-\s((?:T|TA|G|S|M|C|DS)\d{4}(?:\.\d{3})?)$/

/**
 * Deterministic SCO ids make one object of the same domain seen as a hostname and as the domain
 * of a domain|ip: keep what each occurrence adds (its resolutions, its size, its registry values).
 */
function mergeInto(target: StixLikeObject, other: StixLikeObject): void {
  for (const [k, v] of Object.entries(other)) {
    const mine = target[k]
    if (mine === undefined) target[k] = v
    else if (Array.isArray(mine) && Array.isArray(v)) {
      const seen = new Set(mine.map((x) => JSON.stringify(x)))
      target[k] = [...mine, ...v.filter((x) => !seen.has(JSON.stringify(x)))]
    }
  }
}

class Converter {
  readonly objects: StixLikeObject[] = []
  readonly objectTlp: Record<string, Tlp> = {}
  readonly mapped: string[] = []
  readonly warnings: string[] = []
  /** MISP uuid -> the STIX id that stands for it, for ObjectReferences. */
  readonly primary = new Map<string, string>()
  /** Attributes STIX has no form for: kept on the report for the MISP export, and warned about. */
  readonly unmapped: CarriedAttribute[] = []
  readonly #byId = new Map<string, StixLikeObject>()
  /** How often each attribute uuid was seen: a repeated uuid gets its own STIX ids, not a merge. */
  readonly #uuidSeen = new Map<string, number>()
  /** The carried form of the attribute being converted, with its object when it has one. */
  #current: CarriedAttribute | null = null

  constructor(
    readonly event: MispEvent,
    readonly eventTlp: Tlp | null,
    readonly now: Date,
  ) {}

  add(obj: StixLikeObject, tlp: Tlp | null): void {
    const earlier = this.#byId.get(obj.id)
    if (earlier === undefined) {
      this.#byId.set(obj.id, obj)
      this.objects.push(obj)
    } else mergeInto(earlier, obj)
    if (tlp !== null && tlp !== this.eventTlp) {
      const stricterTlp = stricter(this.objectTlp[obj.id] ?? this.eventTlp, tlp)
      if (stricterTlp !== null && stricterTlp !== this.eventTlp) this.objectTlp[obj.id] = stricterTlp
    }
  }

  tlpOf(tags: readonly MispTag[] | undefined, distribution: string | number | undefined): Tlp | null {
    const d = distributionOf(distribution)
    return stricter(this.eventTlp, effectiveTlp(tags, d === 5 ? null : d))
  }

  sdoBase(type: string, seed: string, timestamp: string | number | undefined) {
    const time = stixTime(timestamp ?? this.event.timestamp, this.now)
    return { type, spec_version: '2.1', id: sdoId(type, seed), created: time, modified: time }
  }

  /** The custom properties that let the MISP export give back the attributes behind a STIX object. */
  carried(records: CarriedAttribute[]): Record<string, unknown> {
    return records.length > 0 ? { x_misp_attributes: records } : {}
  }

  /** The seed of an attribute's STIX ids: its uuid, or uuid#n for the n-th repeat of a uuid. */
  seedOf(a: MispAttribute): string {
    const n = this.#uuidSeen.get(a.uuid) ?? 0
    this.#uuidSeen.set(a.uuid, n + 1)
    if (n === 1) this.warnings.push(`attribute uuid ${a.uuid} appears more than once in the event: each occurrence kept as its own attribute, not merged`)
    return n === 0 ? a.uuid : `${a.uuid}#${n}`
  }

  indicator(uuid: string, source: MispAttribute, comparisons: Comparison[], tlp: Tlp | null, name: string, records: CarriedAttribute[] = []): StixLikeObject {
    const base = this.sdoBase('indicator', uuid, source.timestamp)
    const indicator: StixLikeObject = {
      ...base,
      name,
      pattern: patternOf(comparisons),
      pattern_type: 'stix',
      valid_from: base.created,
      ...(source.comment ? { description: source.comment } : {}),
      ...(source.category ? { x_misp_category: source.category } : {}),
      x_misp_type: source.type,
      ...this.carried(records),
    }
    this.add(indicator, tlp)
    return indicator
  }

  /**
   * The observables an indicator made from MISP stands for (STIX gives an indicator no refs): the
   * MISP export knows from them that the attributes the indicator carries already cover them.
   */
  observablesOf(indicator: StixLikeObject, scos: readonly StixLikeObject[]): void {
    indicator.x_misp_observable_refs = scos.map((o) => o.id)
  }

  /** What MISP saw without asserting it is bad: the SCOs, wrapped with the MISP type and time. */
  observedData(uuid: string, source: MispAttribute, scos: StixLikeObject[], tlp: Tlp | null, records: CarriedAttribute[] = []): void {
    const base = this.sdoBase('observed-data', uuid, source.timestamp)
    this.add(
      {
        ...base,
        first_observed: base.created,
        last_observed: base.created,
        number_observed: 1,
        object_refs: scos.map((o) => o.id),
        ...(source.comment ? { x_misp_comment: source.comment } : {}),
        ...(source.category ? { x_misp_category: source.category } : {}),
        x_misp_type: source.type,
        ...this.carried(records),
      },
      tlp,
    )
  }

  mappedValue(m: MappedValue, tlp: Tlp | null): void {
    for (const obj of m.objects) this.add(obj, tlp)
  }

  attribute(a: MispAttribute, parentTlp: Tlp | null, object?: CarriedObject): void {
    const objectName = object?.name
    const seed = this.seedOf(a)
    this.#current = carriedAttribute(a, object)
    const tlp = stricter(parentTlp, this.tlpOf(a.Tag, a.distribution))
    if (a.type === 'vulnerability') return this.vulnerability(a, a.value, tlp, undefined, [this.#current])
    if (a.type === 'text' || a.type === 'comment') {
      // Inside an object a text is a field of it (a state, a family name), not a note on its own.
      if (objectName !== undefined) return this.warn(a, `descriptive field of MISP object "${objectName}", not carried`)
      return this.note(a, tlp)
    }
    const patternOnly = PATTERN_ONLY[a.type]
    if (patternOnly !== undefined) {
      if (!isToIds(a)) return this.warn(a, `"${a.type}" has no STIX observable; only an indicator (to_ids) can carry it`)
      this.primary.set(a.uuid, this.indicator(seed, a, [patternOnly(a.value)], tlp, `${a.type}: ${a.value}`, [this.#current]).id)
      this.mapped.push(a.uuid)
      return
    }
    const m = mapAttributeValue(a.type, a.value, seed)
    if ('unmappable' in m) return this.warn(a, m.unmappable)
    this.mappedValue(m, tlp)
    if (isToIds(a)) this.observablesOf(this.indicator(seed, a, m.comparisons, tlp, `${a.type}: ${a.value}`, [this.#current]), m.objects)
    else this.observedData(seed, a, m.objects, tlp, [this.#current])
    this.primary.set(a.uuid, isToIds(a) ? sdoId('indicator', seed) : m.objects[0]!.id)
    this.mapped.push(a.uuid)
  }

  vulnerability(a: MispAttribute, value: string, tlp: Tlp | null, description?: string, records: CarriedAttribute[] = [carriedAttribute(a)]): void {
    const name = value.trim()
    const cve = /^CVE-\d{4}-\d+$/i.test(name)
    const vuln: StixLikeObject = {
      ...this.sdoBase('vulnerability', name.toUpperCase(), a.timestamp),
      name: cve ? name.toUpperCase() : name,
      ...(cve ? { external_references: [{ source_name: 'cve', external_id: name.toUpperCase() }] } : {}),
      ...(description ? { description } : {}),
      ...this.carried(records),
    }
    this.add(vuln, tlp)
    this.primary.set(a.uuid, vuln.id)
    this.mapped.push(a.uuid)
  }

  note(a: MispAttribute, tlp: Tlp | null): void {
    if (a.value.trim() === '') return this.warn(a, 'empty text')
    const note: StixLikeObject = {
      ...this.sdoBase('note', a.uuid, a.timestamp),
      content: a.value,
      object_refs: [sdoId('report', this.event.uuid)],
      x_misp_type: a.type,
      ...this.carried([this.#current ?? carriedAttribute(a)]),
    }
    this.add(note, tlp)
    this.primary.set(a.uuid, note.id)
    this.mapped.push(a.uuid)
  }

  warn(a: MispAttribute, why: string): void {
    this.unmapped.push(this.#current ?? carriedAttribute(a))
    this.warnings.push(
      `attribute ${a.uuid} (${a.type}${a.object_relation ? `, object relation ${a.object_relation}` : ''}) not mapped: ${why}; kept on the report (x_misp_unmapped_attributes) for the MISP export`,
    )
  }

  object(o: NonNullable<MispEvent['Object']>[number]): void {
    const tlp = this.tlpOf(undefined, o.distribution)
    const carriedObj = carriedObject(o)
    if (o.name === 'vulnerability') return this.vulnerabilityObject(o, tlp, carriedObj)
    const whole = mapMispObject(o)
    if (whole !== null) {
      this.mappedValue(whole, tlp)
      const toIds = o.Attribute.filter((a) => whole.used.has(a.uuid)).some(isToIds)
      const first = o.Attribute.find((a) => whole.used.has(a.uuid))!
      const source = { ...first, type: `object:${o.name}`, comment: o.comment ?? first.comment }
      const records = o.Attribute.filter((a) => whole.used.has(a.uuid)).map((a) => carriedAttribute(a, carriedObj))
      if (toIds && whole.comparisons.length > 0) this.observablesOf(this.indicator(o.uuid, source, whole.comparisons, tlp, `MISP object ${o.name}`, records), whole.objects)
      else this.observedData(o.uuid, source, whole.objects, tlp, records)
      this.primary.set(o.uuid, whole.objects[0]!.id)
      this.mapped.push(o.uuid)
      for (const a of o.Attribute) if (whole.used.has(a.uuid)) this.mapped.push(a.uuid)
    }
    for (const a of o.Attribute) if (!whole?.used.has(a.uuid)) this.attribute(a, tlp, carriedObj)
    if (whole === null) {
      const first = o.Attribute.map((a) => this.primary.get(a.uuid)).find((id) => id !== undefined)
      if (first !== undefined) this.primary.set(o.uuid, first)
    }
  }

  /** The vulnerability object: its `id` names the SDO, its `summary` describes it. */
  vulnerabilityObject(o: NonNullable<MispEvent['Object']>[number], tlp: Tlp | null, carriedObj: CarriedObject): void {
    const id = o.Attribute.find((a) => a.object_relation === 'id')
    const summary = o.Attribute.find((a) => a.object_relation === 'summary')
    if (id !== undefined && id.value.trim() !== '') {
      const records = [id, ...(summary ? [summary] : [])].map((a) => carriedAttribute(a, carriedObj))
      this.vulnerability(id, id.value, tlp, summary?.value, records)
      this.primary.set(o.uuid, this.primary.get(id.uuid)!)
      this.mapped.push(o.uuid)
      if (summary !== undefined) this.mapped.push(summary.uuid)
    }
    for (const a of o.Attribute) if (a !== id && a !== summary) this.attribute(a, tlp, carriedObj)
  }

  references(): void {
    for (const o of this.event.Object ?? []) {
      for (const ref of o.ObjectReference ?? []) {
        const source = this.primary.get(o.uuid)
        const target = this.primary.get(ref.referenced_uuid)
        if (source === undefined || target === undefined) {
          this.warnings.push(
            `object reference ${o.uuid} -${ref.relationship_type}-> ${ref.referenced_uuid} has no STIX relationship: an end was not mapped or is outside the event; kept with its object for the MISP export`,
          )
          continue
        }
        const rel: StixLikeObject = {
          ...this.sdoBase('relationship', ref.uuid ?? `${o.uuid}:${ref.relationship_type}:${ref.referenced_uuid}`, o.timestamp),
          relationship_type: ref.relationship_type.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
          source_ref: source,
          target_ref: target,
          // Carried by its MISP object (x_misp_attributes): the MISP export writes it as an ObjectReference.
          x_misp_object_reference: true,
        }
        this.add(rel, this.tlpOf(undefined, o.distribution))
      }
    }
  }

  galaxyCluster(galaxy: { type: string; name?: string; uuid?: string }, cluster: MispGalaxyCluster): StixLikeObject | null {
    const galaxyType = galaxy.type
    const type = GALAXY_SDO[galaxyType]
    if (type === undefined) return null
    const mitreId = MITRE_ID.exec(cluster.value)?.[1]
    const name = mitreId ? cluster.value.replace(MITRE_ID, '') : cluster.value
    const sdo: StixLikeObject = {
      ...this.sdoBase(type, cluster.uuid ?? `${galaxyType}=${cluster.value}`, undefined),
      name,
      ...(cluster.description ? { description: cluster.description } : {}),
      ...(type === 'malware' ? { is_family: true } : {}),
      ...(mitreId ? { external_references: [{ source_name: 'mitre-attack', external_id: mitreId }] } : {}),
      x_misp_galaxy_clusters: [carriedCluster(galaxy, cluster)],
    }
    this.add(sdo, null)
    return sdo
  }

  report(): StixLikeObject {
    const labels = new Set<string>()
    const galaxyTags = new Set<string>()
    const otherClusters = []
    for (const g of this.event.Galaxy ?? []) {
      for (const c of g.GalaxyCluster ?? []) {
        if (c.tag_name) galaxyTags.add(c.tag_name)
        if (this.galaxyCluster(g, c) === null) {
          labels.add(c.tag_name ?? `misp-galaxy:${g.type}="${c.value}"`)
          otherClusters.push(carriedCluster(g, c))
        }
      }
    }
    if (this.objects.length === 0) this.placeholderNote()
    for (const t of this.event.Tag ?? []) if (!isTlpTag(t.name) && !galaxyTags.has(t.name)) labels.add(t.name)
    const distribution = distributionOf(this.event.distribution)
    const published = stixTime(this.event.timestamp, new Date(`${this.event.date}T00:00:00Z`))
    const report: StixLikeObject = {
      ...this.sdoBase('report', this.event.uuid, this.event.timestamp),
      name: this.event.info,
      published,
      report_types: ['threat-report'],
      object_refs: this.objects.map((o) => o.id),
      ...(labels.size > 0 ? { labels: [...labels] } : {}),
      ...(distribution === 4 ? { x_misp_sharing_group_id: String(this.event.sharing_group_id ?? '') } : {}),
      x_misp_event_uuid: this.event.uuid,
      ...(distribution !== null ? { x_misp_distribution: String(distribution) } : {}),
      ...(this.event.Tag?.length ? { x_misp_tags: this.event.Tag.map((t) => t.name) } : {}),
      ...(otherClusters.length > 0 ? { x_misp_galaxy_clusters: otherClusters } : {}),
      ...(this.unmapped.length > 0 ? { x_misp_unmapped_attributes: this.unmapped } : {}),
    }
    return report
  }

  /**
   * STIX wants a report to refer to at least one object: an event with nothing STIX can carry (no
   * attributes, say) gets a note that says so, rather than a report the hub would refuse.
   */
  placeholderNote(): void {
    const note: StixLikeObject = {
      ...this.sdoBase('note', `empty:${this.event.uuid}`, this.event.timestamp),
      abstract: 'MISP event without attributes STIX can carry',
      content: `MISP event ${this.event.uuid} (${this.event.info}) has no attribute, object or galaxy STIX can carry.`,
      object_refs: [sdoId('report', this.event.uuid)],
      x_misp_placeholder: true,
    }
    this.add(note, null)
  }
}

/**
 * A MISP event as STIX 2.1: a report referring to everything, an indicator (and the observables)
 * for each to_ids attribute, observables alone for the others, relationships for object
 * references, SDOs for known galaxies. Ids derive from MISP uuids, so re-importing is idempotent.
 */
export function mispEventToStix(event: MispEvent, opts: { now: Date }): MispToStixResult {
  const distribution = distributionOf(event.distribution)
  const eventTlp = effectiveTlp(event.Tag, distribution === 5 ? null : distribution)
  const c = new Converter(event, eventTlp, opts.now)
  const tagged = tlpOfTags(event.Tag)
  if (tagged !== null && eventTlp !== null && tagged !== eventTlp) {
    c.warnings.push(`event ${event.uuid}: its TLP tag says ${tagged}, its distribution ${String(event.distribution)} is stricter: marked ${eventTlp}, and exported with that tag`)
  }
  if (distribution === 4) {
    c.warnings.push(
      `event ${event.uuid} is shared with MISP sharing group ${String(event.sharing_group_id)}: marked AMBER+STRICT; set its audience to that group's members`,
    )
  }
  for (const a of event.Attribute ?? []) c.attribute(a, eventTlp)
  for (const o of event.Object ?? []) c.object(o)
  c.references()
  const report = c.report()
  if (c.objects.length === 1 && c.objects[0]!.x_misp_placeholder === true) {
    c.warnings.push(`event ${event.uuid} has nothing STIX can carry: its report refers to a note that says so`)
  }
  return { objects: [report, ...c.objects], tlp: eventTlp, objectTlp: c.objectTlp, mapped: c.mapped, warnings: c.warnings }
}
