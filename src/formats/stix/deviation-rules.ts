/**
 * How each deviation of the table (deviations.ts) is found and repaired. Pure: the object given is
 * never changed; a repair works on a copy (shallow, plus the branches it changes), and an object
 * with no deviation is returned as it came, so the common case costs a few property reads.
 */
import { applied, type AppliedDeviation } from './deviations'
import { compareTimestamps } from './object-rules'
import { stixKind } from './stix-kinds'
import type { StixProblem } from './stix-object'
import { TLP_1_MARKING_DEFINITIONS, tlpOfDefinition, wellKnownTlpOf } from './tlp-markings'

type Obj = Record<string, unknown>

const isRecord = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/

/** An object with the repairs applied so far: `obj` is a copy once the first repair is made. */
class Repairing {
  applied: AppliedDeviation[] = []
  #copied = false

  constructor(public obj: Obj) {}

  /** The object to change, copied on first use. */
  writable(): Obj {
    if (!this.#copied) {
      this.obj = { ...this.obj }
      this.#copied = true
    }
    return this.obj
  }

  note(a: AppliedDeviation): void {
    this.applied.push(a)
  }
}

/** The STIX 2.0 `labels` that 2.1 moved into a `*_types` vocabulary property, by type. */
const TYPES_PROPERTY_OF_20_LABELS: Readonly<Record<string, string>> = {
  malware: 'malware_types',
  tool: 'tool_types',
  indicator: 'indicator_types',
  'threat-actor': 'threat_actor_types',
  report: 'report_types',
}

/** Kinds that carry spec_version in 2.1 (SCOs may omit it, so a missing one says nothing there). */
const VERSIONED_KINDS = new Set(['sdo', 'sro', 'marking'])

function elevateStix20(r: Repairing): void {
  const o = r.obj
  if (o.spec_version !== undefined || typeof o.type !== 'string' || !VERSIONED_KINDS.has(stixKind(o.type))) return
  const w = r.writable()
  w.spec_version = '2.1'
  const changes = ['spec_version "2.1"']
  const typesProperty = TYPES_PROPERTY_OF_20_LABELS[o.type]
  if (typesProperty !== undefined && Array.isArray(o.labels) && w[typesProperty] === undefined) {
    w[typesProperty] = [...(o.labels as unknown[])]
    changes.push(`${typesProperty} from labels (kept)`)
  }
  if (o.type === 'malware' && w.is_family === undefined) {
    w.is_family = true
    changes.push('is_family true')
  }
  if (o.type === 'indicator' && w.pattern_type === undefined) {
    w.pattern_type = 'stix'
    changes.push('pattern_type "stix"')
  }
  r.note(applied('stix-2.0-object', `no spec_version: read as STIX 2.0 and given ${changes.join(', ')}`))
}

const WHITE = TLP_1_MARKING_DEFINITIONS.white

function predefineTlpWhite(r: Repairing): void {
  const o = r.obj
  if (o.id !== WHITE.id || o.type !== 'marking-definition' || tlpOfDefinition(o) !== 'CLEAR') return
  const stated = isRecord(o.definition) ? o.definition.tlp : undefined
  if (stated === 'white') return
  r.obj = { ...WHITE, definition: { ...WHITE.definition! } }
  r.note(applied('tlp-white-redefined-as-clear', `${WHITE.id} stated TLP:CLEAR as ${JSON.stringify(stated ?? 'the TLP 2.0 extension')}: replaced by the predefined TLP:WHITE definition`))
}

function createdNotAfterModified(r: Repairing): void {
  const { created, modified } = r.obj
  if (typeof created !== 'string' || typeof modified !== 'string' || !TIMESTAMP.test(created) || !TIMESTAMP.test(modified)) return
  if (compareTimestamps(modified, created) >= 0) return
  r.writable().created = modified
  r.note(applied('modified-before-created', `/modified ${modified} is before /created ${created}: created set to modified`))
}

function trimReferenceUrls(r: Repairing): void {
  const refs = r.obj.external_references
  if (!Array.isArray(refs)) return
  const padded = refs.flatMap((ref: unknown, i) => (isRecord(ref) && typeof ref.url === 'string' && ref.url.trim() !== ref.url ? [i] : []))
  if (padded.length === 0) return
  const copy = [...refs] as Obj[]
  for (const i of padded) {
    const ref = copy[i]!
    copy[i] = { ...ref, url: (ref.url as string).trim() }
    r.note(applied('external-reference-url-padded', `/external_references/${i}/url ${JSON.stringify(ref.url)}: white space trimmed`))
  }
  r.writable().external_references = copy
}

const MIN_PROPERTY_NAME = 3

function lengthenExtensionProperties(r: Repairing): void {
  const extensions = r.obj.extensions
  if (!isRecord(extensions)) return
  let copy: Obj | null = null
  for (const [name, extension] of Object.entries(extensions)) {
    if (!isRecord(extension)) continue
    const short = Object.keys(extension).filter((k) => k.length < MIN_PROPERTY_NAME)
    if (short.length === 0) continue
    const renamed: Obj = {}
    for (const [k, v] of Object.entries(extension)) {
      const longer = `x_${k}`
      // A taken longer name is left alone: the object is then refused for its short one.
      if (k.length < MIN_PROPERTY_NAME && !(longer in extension)) {
        renamed[longer] = v
        r.note(applied('short-extension-property-name', `/extensions/${name}/${k} renamed ${longer}`))
      } else renamed[k] = v
    }
    copy ??= { ...extensions }
    copy[name] = renamed
  }
  if (copy !== null) r.writable().extensions = copy
}

const REPAIRS: readonly ((r: Repairing) => void)[] = [
  elevateStix20,
  predefineTlpWhite,
  createdNotAfterModified,
  trimReferenceUrls,
  lengthenExtensionProperties,
]

/** A well-known TLP id whose definition states another level than its own: refused in every mode. */
export function redefinedTlpMarking(raw: unknown): AppliedDeviation | null {
  if (!isRecord(raw) || raw.type !== 'marking-definition' || typeof raw.id !== 'string') return null
  const own = wellKnownTlpOf(raw.id)
  const stated = own === null ? null : tlpOfDefinition(raw)
  if (own === null || stated === null || stated === own) return null
  return applied('tlp-well-known-id-redefined', `${raw.id} is TLP:${own} for every STIX consumer, but this definition states TLP:${stated}`)
}

/** The object with every repair of the table applied, and what was repaired (none: the object itself). */
export function repairDeviations(raw: unknown): { object: unknown; applied: AppliedDeviation[] } {
  if (!isRecord(raw)) return { object: raw, applied: [] }
  const r = new Repairing(raw)
  for (const repair of REPAIRS) repair(r)
  return { object: r.obj, applied: r.applied }
}

/** The deviation that lets an object keep a problem as it came (an `accept` of the table), if any. */
export function acceptedDeviation(o: Obj, p: StixProblem): AppliedDeviation | null {
  const { start_time: start, stop_time: stop } = o
  if (o.type === 'relationship' && p.pointer === '/stop_time' && typeof start === 'string' && typeof stop === 'string' && TIMESTAMP.test(start) && TIMESTAMP.test(stop)) {
    if (compareTimestamps(stop, start) === 0) {
      return applied('stop-time-equals-start-time', `/stop_time ${stop} equals /start_time: kept as an instant`)
    }
  }
  return null
}
