/**
 * The part of an import that needs no database: each parsed object validated, written as its
 * canonical stored JSON, its observable keys and the TLP its marking refs name worked out. It is
 * pure, so a worker thread can run it ahead of the writer (see prepare-pool.ts); the writer only
 * versions, marks and inserts what it gets. A batch crosses threads as two strings (the rows'
 * small fields as JSON, and the stored JSON of all rows end to end) and one array of lengths.
 */
import type { Tlp } from '../../../tlp'
import { MAX_LISTED_REJECTS, type DeviatedObject, type RejectedObject } from '../intel'
import { observableKeysOfStix } from '../../../formats/observables'
import { isWellKnownTlpMarking, tlpOfMarkingRefs, validateWithDeviations, type AppliedDeviation, type StixObject } from '../../../formats/stix'
import { derivedFrom } from './derived-from'
import { canonicalJsonOfParsed } from './stored-json'

/** One valid object, ready to version, mark and write. */
export interface PreparedObject {
  id: string
  type: string
  specVersion: string
  created: string | null
  modified: string
  createdByRef: string | null
  revoked: boolean
  /** The TLP its well-known marking refs name (null: none). */
  tlp: Tlp | null
  /** Its marking refs when some are not well known (the bundle may define them); null otherwise. */
  otherMarkingRefs: string[] | null
  /** The ids it is built from (relationships, sightings). */
  derived: string[]
  keys: string[]
  json: string
}

export interface PreparedBatch {
  /** Objects read (valid or not). */
  read: number
  rejectedCount: number
  /** The rejects to list (the first MAX_LISTED_REJECTS of the import). */
  rejected: RejectedObject[]
  objects: PreparedObject[]
  /** Valid objects the deviation table accepted or repaired. */
  deviatedCount: number
  /** The deviated objects to list (the first MAX_LISTED_REJECTS of the import). */
  deviated: DeviatedObject[]
}

export interface PrepareOptions {
  /** Whether valid objects are still wanted after a reject (all-or-nothing imports write nothing then). */
  partial: boolean
  /** Refuse what STIX 2.1 refuses: no deviation accepted or repaired. */
  strict?: boolean
}

/** Prepares the objects of one import batch by batch, numbering them across batches. */
export class Preparer {
  #read = 0
  #rejected = 0
  #deviated = 0
  readonly partial: boolean
  readonly strict: boolean

  constructor(opts: PrepareOptions) {
    this.partial = opts.partial
    this.strict = opts.strict ?? false
  }

  prepare(raws: readonly unknown[]): PreparedBatch {
    const batch: PreparedBatch = { read: raws.length, rejectedCount: 0, rejected: [], objects: [], deviatedCount: 0, deviated: [] }
    for (const raw of raws) {
      const index = this.#read++
      const v = validateWithDeviations(raw, this.strict)
      if (!v.ok) {
        batch.rejectedCount++
        if (this.#rejected++ < MAX_LISTED_REJECTS) batch.rejected.push({ index, id: idOf(raw), reason: rejectReason(v.errors, v.applied) })
        continue
      }
      if (v.applied.length > 0) {
        batch.deviatedCount++
        if (this.#deviated++ < MAX_LISTED_REJECTS) batch.deviated.push({ index, id: v.object.id, deviations: v.applied })
      }
      if (this.partial || this.#rejected === 0) batch.objects.push(prepareObject(v.object))
    }
    return batch
  }
}

/** The problems, after the repairs tried (a refused deviation names itself in its problem). */
const rejectReason = (errors: readonly { pointer: string; detail: string }[], tried: readonly AppliedDeviation[]): string => {
  const problems = errors.map((e) => `${e.pointer || '/'} ${e.detail}`).join('; ')
  const repairs = tried.filter((a) => a.decision === 'repair')
  return repairs.length === 0 ? problems : `${problems} (after repairs: ${repairs.map((a) => `${a.deviation}: ${a.detail}`).join('; ')})`
}

const idOf = (raw: unknown): string | null =>
  typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : null

function prepareObject(obj: StixObject): PreparedObject {
  const refs = obj.object_marking_refs
  return {
    id: obj.id,
    type: obj.type,
    specVersion: obj.spec_version ?? '2.1',
    created: obj.created ?? null,
    modified: obj.modified ?? '',
    createdByRef: obj.created_by_ref ?? null,
    revoked: obj.revoked === true,
    tlp: tlpOfMarkingRefs(refs),
    otherMarkingRefs: refs === undefined || refs.every((r) => isWellKnownTlpMarking(r)) ? null : [...refs],
    derived: derivedFrom(obj),
    // Revoked objects are not indexed, whatever their version.
    keys: obj.revoked === true ? [] : observableKeysOfStix(obj),
    json: canonicalJsonOfParsed(obj),
  }
}

/** A batch as it crosses threads: structured clone copies two strings fast, and would walk objects one by one. */
export interface WireBatch {
  meta: string
  json: string
  lengths: Uint32Array
}

type Row = [string, string, string, string | null, string, string | null, 0 | 1, Tlp | null, string[] | null, string[], string[]]

export function toWire(batch: PreparedBatch): WireBatch {
  const rows: Row[] = []
  const lengths = new Uint32Array(batch.objects.length)
  const parts: string[] = []
  batch.objects.forEach((o, i) => {
    rows.push([o.id, o.type, o.specVersion, o.created, o.modified, o.createdByRef, o.revoked ? 1 : 0, o.tlp, o.otherMarkingRefs, o.derived, o.keys])
    lengths[i] = o.json.length
    parts.push(o.json)
  })
  const { read, rejectedCount, rejected, deviatedCount, deviated } = batch
  return { meta: JSON.stringify({ read, rejectedCount, rejected, deviatedCount, deviated, rows }), json: parts.join(''), lengths }
}

export function fromWire(wire: WireBatch): PreparedBatch {
  const meta = JSON.parse(wire.meta) as Omit<PreparedBatch, 'objects'> & { rows: Row[] }
  let at = 0
  const objects = meta.rows.map((r, i): PreparedObject => {
    const end = at + wire.lengths[i]!
    const json = wire.json.slice(at, end)
    at = end
    return { id: r[0], type: r[1], specVersion: r[2], created: r[3], modified: r[4], createdByRef: r[5], revoked: r[6] === 1, tlp: r[7], otherMarkingRefs: r[8], derived: r[9], keys: r[10], json }
  })
  const { read, rejectedCount, rejected, deviatedCount, deviated } = meta
  return { read, rejectedCount, rejected, deviatedCount, deviated, objects }
}
