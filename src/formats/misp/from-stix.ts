import type { Tlp } from '../../tlp'
import { equalityObservables, observableKeysOfStix, parsePattern, hashKindOf, type EqualityObservable, type StixLikeObject } from '../observables'
import { isHashAlgorithm, type HashAlgorithm } from './attribute-map'
import { carriedAttributesOf, carriedClustersOf, type CarriedCluster } from './carried'
import { defaultCategoryOf } from './describe-types'
import { MispEventBuilder } from './event-builder'
import { mispObjectOfSco } from './sco-objects'
import { isTlpTag, TLP_TAG, tlpOfTags } from './misp-tlp'
import type { MispEvent } from './misp-types'
import { uuidV5, SHIELDWALL_MISP_NAMESPACE } from './stix-build'


const CATEGORY: Record<string, string> = {
  md5: 'Payload delivery',
  sha1: 'Payload delivery',
  sha256: 'Payload delivery',
  sha512: 'Payload delivery',
  filename: 'Payload delivery',
  mutex: 'Artifacts dropped',
  regkey: 'Persistence mechanism',
  'regkey|value': 'Persistence mechanism',
  'email-subject': 'Payload delivery',
  'email-src': 'Payload delivery',
  vulnerability: 'External analysis',
}
const categoryOf = (type: string): string => CATEGORY[type] ?? defaultCategoryOf(type) ?? 'Other'

/** The MISP type of one pattern comparison, before any hint from `x_misp_type`. */
function typeOfEquality(eq: EqualityObservable): string | null {
  const hash = /^hashes\.(.+)$/.exec(eq.path)?.[1]
  if (hash !== undefined) {
    const alg = hashKindOf(hash)
    if (alg === undefined) return null
    if (eq.type === 'file' || eq.type === 'artifact') return alg
    if (eq.type === 'x509-certificate') return `x509-fingerprint-${alg}`
    return null
  }
  const byPath: Record<string, string> = {
    'ipv4-addr:value': 'ip-dst',
    'ipv6-addr:value': 'ip-dst',
    'domain-name:value': 'domain',
    'url:value': 'url',
    'email-addr:value': 'email',
    'email-message:from_ref.value': 'email-src',
    'email-message:to_refs[*].value': 'email-dst',
    'email-message:subject': 'email-subject',
    'file:name': 'filename',
    'mutex:name': 'mutex',
    'windows-registry-key:key': 'regkey',
    'autonomous-system:number': 'AS',
    'mac-addr:value': 'mac-address',
    'network-traffic:dst_ref.value': 'ip-dst',
    'network-traffic:src_ref.value': 'ip-src',
    'network-traffic:extensions.http-request-ext.request_header.User-Agent': 'user-agent',
  }
  return byPath[`${eq.type}:${eq.path}`] ?? null
}

/** Types whose MISP value reads the same as another type's: the hint picks among them. */
const SAME_VALUE: Record<string, string[]> = {
  'ip-dst': ['ip-src'],
  domain: ['hostname'],
  url: ['uri', 'link'],
  email: ['email-src', 'email-dst', 'email-reply-to', 'whois-registrant-email'],
  'email-src': ['email'],
  'email-dst': ['email'],
  filename: ['email-attachment'],
}

const asnValue = (v: string): string => (/^\d+$/.test(v) ? `AS${v}` : v)

function attributesOfIndicator(ind: StixLikeObject): { type: string; value: string }[] {
  let eqs: EqualityObservable[]
  try {
    eqs = equalityObservables(parsePattern(String(ind.pattern)))
  } catch {
    return []
  }
  const hint = typeof ind.x_misp_type === 'string' ? ind.x_misp_type : null
  // A composite attribute was written as one observation, its parts in order.
  if (hint !== null && hint.includes('|') && eqs.length === 2) return [{ type: hint, value: `${eqs[0]!.value}|${eqs[1]!.value}` }]
  return eqs.flatMap((eq) => {
    const type = typeOfEquality(eq)
    if (type === null) return []
    const chosen = hint !== null && SAME_VALUE[type]?.includes(hint) ? hint : type
    return [{ type: chosen, value: chosen === 'AS' ? asnValue(eq.value) : eq.value }]
  })
}

const hashEntries = (hashes: unknown): [HashAlgorithm, string][] =>
  Object.entries((hashes ?? {}) as Record<string, string>).flatMap(([name, v]) => {
    const alg = hashKindOf(name)
    return alg !== undefined && isHashAlgorithm(alg) ? [[alg, v] as [HashAlgorithm, string]] : []
  })

function attributesOfObservable(o: StixLikeObject, byId: Map<string, StixLikeObject>): { type: string; value: string }[] {
  const valueOf = (ref: unknown): string | null => {
    const target = typeof ref === 'string' ? byId.get(ref) : undefined
    return typeof target?.value === 'string' ? target.value : null
  }
  switch (o.type) {
    case 'ipv4-addr':
    case 'ipv6-addr':
      return [{ type: 'ip-dst', value: String(o.value) }]
    case 'domain-name': {
      const ips = ((o.resolves_to_refs ?? []) as string[]).map(valueOf).filter((v): v is string => v !== null)
      return ips.length > 0 ? ips.map((ip) => ({ type: 'domain|ip', value: `${String(o.value)}|${ip}` })) : [{ type: 'domain', value: String(o.value) }]
    }
    case 'url':
      return [{ type: 'url', value: String(o.value) }]
    case 'email-addr':
      return [{ type: 'email', value: String(o.value) }]
    case 'mac-addr':
      return [{ type: 'mac-address', value: String(o.value) }]
    case 'mutex':
      return [{ type: 'mutex', value: String(o.name) }]
    case 'autonomous-system':
      return [{ type: 'AS', value: asnValue(String(o.number)) }]
    case 'email-message':
      return typeof o.subject === 'string' ? [{ type: 'email-subject', value: o.subject }] : []
    case 'windows-registry-key': {
      const data = ((o.values ?? []) as { data?: string }[]).map((v) => v.data).filter((d): d is string => typeof d === 'string')
      return data.length > 0 ? data.map((d) => ({ type: 'regkey|value', value: `${String(o.key)}|${d}` })) : [{ type: 'regkey', value: String(o.key) }]
    }
    case 'x509-certificate':
      return hashEntries(o.hashes).map(([alg, v]) => ({ type: `x509-fingerprint-${alg}`, value: v }))
    case 'file': {
      const hashes = hashEntries(o.hashes)
      const name = typeof o.name === 'string' ? o.name : null
      if (name !== null && hashes.length === 1) return [{ type: `filename|${hashes[0]![0]}`, value: `${name}|${hashes[0]![1]}` }]
      return [...(name !== null ? [{ type: 'filename', value: name }] : []), ...hashes.map(([alg, v]) => ({ type: alg, value: v }))]
    }
    case 'network-traffic': {
      const out: { type: string; value: string }[] = []
      for (const side of ['dst', 'src'] as const) {
        const host = valueOf(o[`${side}_ref`])
        const port = o[`${side}_port`]
        if (host === null || typeof port !== 'number') continue
        const isName = byId.get(String(o[`${side}_ref`]))?.type === 'domain-name'
        out.push({ type: isName ? 'hostname|port' : `ip-${side}|port`, value: `${host}|${port}` })
      }
      return out
    }
    default:
      return []
  }
}

/** The SCO's own values, one attribute each, without what it points to. */
function singlesOfObservable(o: StixLikeObject): { type: string; value: string }[] {
  switch (o.type) {
    case 'domain-name':
      return [{ type: 'domain', value: String(o.value) }]
    case 'windows-registry-key':
      return [{ type: 'regkey', value: String(o.key) }]
    case 'file':
      return [...(typeof o.name === 'string' ? [{ type: 'filename', value: o.name }] : []), ...hashEntries(o.hashes).map(([alg, v]) => ({ type: alg, value: v }))]
    default:
      return []
  }
}

/**
 * The attributes an observed-data stands for. Its MISP type picks among the readings of a
 * shared SCO: the domain of a hostname attribute may also carry another attribute's resolution.
 */
function hintedAttributes(o: StixLikeObject, byId: Map<string, StixLikeObject>, hint: string | null): { type: string; value: string }[] {
  const all = attributesOfObservable(o, byId)
  if (hint === null) return all
  const fits = (a: { type: string }): boolean => a.type === hint || (SAME_VALUE[a.type]?.includes(hint) ?? false)
  const matching = [...all, ...singlesOfObservable(o)].filter(fits)
  return matching.length > 0 ? matching.slice(0, 1) : all
}

/** SCOs another SCO points to (the address of a connection) are carried by the one pointing. */
function referencedIds(objects: readonly StixLikeObject[]): Set<string> {
  const ids = new Set<string>()
  for (const o of objects) {
    if (o.type === 'network-traffic') for (const k of ['src_ref', 'dst_ref']) if (typeof o[k] === 'string') ids.add(o[k] as string)
    if (o.type === 'domain-name') for (const r of (o.resolves_to_refs ?? []) as string[]) ids.add(r)
  }
  return ids
}

/**
 * STIX objects back to a MISP event: each indicator's equality comparisons become to_ids
 * attributes, and observables no indicator already asserts become attributes with to_ids false.
 */
/**
 * MISP's threat level (1 High, 2 Medium, 3 Low, 4 Undefined) for an NCISS severity (0 Baseline …
 * 5 Emergency): Baseline and Low are Low, Medium is Medium, High and above are High.
 */
export function threatLevelOfSeverity(severity: number | null): '1' | '2' | '3' | '4' {
  if (severity === null || !Number.isInteger(severity) || severity < 0 || severity > 5) return '4'
  if (severity >= 3) return '1'
  return severity === 2 ? '2' : '3'
}

/** STIX domain objects MISP keeps as galaxy clusters, with the galaxy each goes to. */
const SDO_GALAXY: Record<string, string> = {
  'threat-actor': 'threat-actor',
  'intrusion-set': 'mitre-intrusion-set',
  malware: 'mitre-malware',
  tool: 'mitre-tool',
  'attack-pattern': 'mitre-attack-pattern',
  'course-of-action': 'mitre-course-of-action',
}

/** A foreign SDO as a galaxy cluster: ATT&CK clusters are named "Name - T1234" and share the STIX uuid. */
function clusterOfSdo(o: StixLikeObject): CarriedCluster | null {
  const galaxy = SDO_GALAXY[o.type]
  if (galaxy === undefined || typeof o.name !== 'string') return null
  const refs = Array.isArray(o.external_references) ? (o.external_references as { source_name?: string; external_id?: string }[]) : []
  const mitre = refs.find((r) => typeof r.source_name === 'string' && r.source_name.startsWith('mitre') && typeof r.external_id === 'string')
  const value = mitre ? `${o.name} - ${mitre.external_id!}` : o.name
  return {
    galaxy_type: galaxy,
    uuid: o.id.slice(o.id.indexOf('--') + 2),
    value,
    tag_name: `misp-galaxy:${galaxy}="${value}"`,
    ...(typeof o.description === 'string' ? { description: o.description } : {}),
  }
}

/** A carried number or string as MISP writes it, a string. */
const strOf = (v: unknown): string | undefined => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined)

export interface StixToMispResult {
  event: MispEvent
  /** What of the STIX did not become MISP data, and what was changed on the way. */
  warnings: string[]
}

export function stixToMispEvent(
  objects: readonly StixLikeObject[],
  meta: { info: string; uuid?: string; tlp: Tlp | null; date: string; severity?: number | null },
): MispEvent {
  return stixToMisp(objects, meta).event
}

/**
 * STIX objects back to one MISP event. What came from MISP (x_misp_* records) is written back as
 * it was: attributes and objects with their uuids, galaxies, tags. Foreign STIX maps by meaning:
 * each indicator's equality comparisons become to_ids attributes, observables no indicator asserts
 * become attributes with to_ids false, threat actors, intrusion sets, malware, tools and attack
 * patterns become galaxy clusters. Whatever has no MISP form is named in `warnings`.
 */
export function stixToMisp(
  objects: readonly StixLikeObject[],
  meta: { info: string; uuid?: string; tlp: Tlp | null; date: string; severity?: number | null },
): StixToMispResult {
  const reports = objects.filter((o) => o.type === 'report')
  const single = reports.length === 1 ? reports[0]! : null
  const eventUuid = meta.uuid ?? strOf(single?.x_misp_event_uuid) ?? uuidV5(SHIELDWALL_MISP_NAMESPACE, `event:${objects.map((o) => o.id).sort().join(',')}`)
  const b = new MispEventBuilder(meta.tlp)
  const covered = new Set<string>()
  const tags: string[] = []
  // What came from MISP first: its records win over a reading of the STIX.
  const seen = new Set<string>()
  for (const o of objects) {
    const records = carriedAttributesOf(o)
    const clusters = carriedClustersOf(o)
    for (const r of records) {
      b.add(r)
      seen.add(`${r.type}\u0000${r.value}`)
    }
    for (const c of clusters) b.addCluster(c)
    if (o.type === 'report') {
      for (const r of carriedAttributesOf(o, 'x_misp_unmapped_attributes')) b.add(r)
      if (Array.isArray(o.x_misp_tags)) tags.push(...(o.x_misp_tags as unknown[]).filter((t): t is string => typeof t === 'string'))
      else if (Array.isArray(o.labels)) tags.push(...(o.labels as unknown[]).filter((t): t is string => typeof t === 'string'))
      covered.add(o.id)
    }
    if (records.length > 0 || clusters.length > 0 || o.x_misp_object_reference === true || o.x_misp_placeholder === true) {
      covered.add(o.id)
      if (o.type === 'observed-data' && Array.isArray(o.object_refs)) for (const ref of o.object_refs as string[]) covered.add(ref)
      if (Array.isArray(o.x_misp_observable_refs)) for (const ref of o.x_misp_observable_refs as string[]) covered.add(ref)
    }
  }
  const push = (type: string, value: string, toIds: boolean, source: StixLikeObject, comment?: string): void => {
    // Indicators come first: an observable an indicator already asserts adds nothing.
    const dedup = `${type}\u0000${value}`
    if (seen.has(dedup)) return
    seen.add(dedup)
    const category = typeof source.x_misp_category === 'string' ? source.x_misp_category : categoryOf(type)
    b.add({ uuid: uuidV5(SHIELDWALL_MISP_NAMESPACE, `attribute:${source.id}:${type}:${value}`), type, category, value, to_ids: toIds, ...(comment ? { comment } : {}) })
    covered.add(source.id)
  }
  /** A foreign observable MISP has an object template for, written as that object. */
  const asObject = (sco: StixLikeObject, source: StixLikeObject): boolean => {
    const records = mispObjectOfSco(sco, byId, false)
    if (records === null) return false
    for (const r of records) b.add(r)
    covered.add(source.id)
    covered.add(sco.id)
    return true
  }
  const byId = new Map(objects.map((o) => [o.id, o]))
  const indicatorKeys = new Set<string>()
  for (const o of objects) {
    if (o.type !== 'indicator' || o.pattern_type !== 'stix') continue
    for (const k of observableKeysOfStix(o)) indicatorKeys.add(k)
    if (covered.has(o.id)) continue
    for (const a of attributesOfIndicator(o)) push(a.type, a.value, true, o, typeof o.description === 'string' ? o.description : undefined)
  }
  const carried = referencedIds(objects)
  for (const o of objects) {
    if (o.type !== 'observed-data' || !Array.isArray(o.object_refs) || covered.has(o.id)) continue
    const first = byId.get(String(o.object_refs[0]))
    if (first === undefined) continue
    const hint = typeof o.x_misp_type === 'string' ? o.x_misp_type : null
    for (const ref of o.object_refs as string[]) carried.add(ref)
    if (hint === null && asObject(first, o)) continue
    for (const a of hintedAttributes(first, byId, hint)) {
      const type = hint !== null && SAME_VALUE[a.type]?.includes(hint) ? hint : a.type
      push(type, type === 'AS' ? asnValue(a.value) : a.value, false, o, typeof o.x_misp_comment === 'string' ? o.x_misp_comment : undefined)
    }
    for (const ref of o.object_refs as string[]) carried.add(ref)
  }
  for (const o of objects) {
    if (covered.has(o.id)) continue
    if (o.type === 'vulnerability' && typeof o.name === 'string') push('vulnerability', o.name, false, o)
    if (o.type === 'note' && typeof o.content === 'string') push(o.x_misp_type === 'comment' ? 'comment' : 'text', o.content, false, o)
    const cluster = clusterOfSdo(o)
    if (cluster !== null) {
      b.addCluster(cluster)
      covered.add(o.id)
    }
    if (carried.has(o.id)) {
      covered.add(o.id)
      continue
    }
    const keys = observableKeysOfStix(o)
    if (keys.length > 0 && keys.every((k) => indicatorKeys.has(k))) {
      covered.add(o.id)
      continue
    }
    if (asObject(o, o)) continue
    for (const a of attributesOfObservable(o, byId)) push(a.type, a.value, false, o)
  }
  const left = new Map<string, number>()
  for (const o of objects) if (!covered.has(o.id) && !carried.has(o.id)) left.set(o.type, (left.get(o.type) ?? 0) + 1)
  for (const [type, n] of left) b.warnings.push(`${n} STIX ${type} object${n === 1 ? '' : 's'} not mapped: MISP has no attribute, object or galaxy for ${n === 1 ? 'it' : 'them'}`)
  if (b.attributes.length === 0 && b.objects.size === 0 && b.galaxies.size === 0) b.warnings.push('the event has no attribute, object or galaxy: nothing of the selection maps to MISP')
  const distribution = strOf(single?.x_misp_distribution)
  const sharingGroup = strOf(single?.x_misp_sharing_group_id)
  const event: MispEvent = {
    uuid: eventUuid,
    info: meta.info,
    date: meta.date,
    threat_level_id: threatLevelOfSeverity(meta.severity ?? null),
    analysis: '2',
    distribution: distribution ?? '0',
    ...(distribution === '4' && sharingGroup ? { sharing_group_id: sharingGroup } : {}),
    Tag: eventTags(tags, b.clusterTags(), meta.tlp).map((name) => ({ name })),
    Attribute: b.attributes,
    Object: [...b.objects.values()],
    ...(b.galaxies.size > 0 ? { Galaxy: [...b.galaxies.values()] } : {}),
  }
  return { event, warnings: b.warnings }
}

/**
 * The event's tags: those it came with and its clusters', each once. Its TLP tag is the export's
 * level; a tag of the same level keeps the name it came with (`tlp:white` stays `tlp:white`).
 */
function eventTags(carried: readonly string[], clusterTags: readonly string[], tlp: Tlp | null): string[] {
  const out: string[] = []
  const add = (t: string): void => {
    if (!out.includes(t)) out.push(t)
  }
  const sameLevel = carried.find((t) => isTlpTag(t) && tlpOfTags([{ name: t }]) === tlp)
  if (tlp !== null) add(sameLevel ?? TLP_TAG[tlp])
  for (const t of carried) if (!isTlpTag(t)) add(t)
  for (const t of clusterTags) add(t)
  return out
}
