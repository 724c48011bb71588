/** Intel use cases: import (STIX bundles, MISP events), read, export (STIX, MISP). */
import type { Readable } from 'node:stream'
import { notFound, unprocessable } from '../../core/errors'
import { tlpRank, type Tlp } from '../../tlp'
import type { Deps } from '../deps'
import { scopeOfActor, visibleToTexts, type Actor } from '../members'
import { incidents } from '../incident'
import { loadMarkings } from '../../store/marking.store'
import { exportStixBundle } from './export/stix-export'
import { decodeCursor, encodeCursor, levelsUpTo, parseVersion, StrictReads, viewOf, visibleRows } from './export/read-objects'
import { importObjects } from './import/import-objects'
import { requireIntel } from './intel.permissions'
import { readPreparedBundle } from '../../workers/prepare-pool'
export { startImportWorker } from '../../workers/prepare-pool'
import { Preparer, type PreparedBatch } from './import/prepared'
import type { ImportSummary, IntelObjectView } from './intel'
import type { ExportQuery, ListQuery, MispExportQuery } from './intel.schema'
import { visibleObjectsPage, type ObjectRow } from './intel.store'
import { mispEventToStix, readMispEvents, stixToMisp, type MispAttribute, type MispEvent } from '../../formats/misp'
import type { StixLikeObject } from '../../formats/observables'
import { readRestSearchForm } from '../../formats/misp/rest-search-form'
import { DEVIATIONS, exerciseMispTags } from '../../formats/stix'
import type { DeviatedObject } from './intel'

export interface ImportOptions {
  partial?: boolean
  /** Refuse what STIX 2.1 refuses: the deviation table (formats/stix/deviations.ts) is not applied. */
  strict?: boolean
  /** Level of objects that carry no TLP marking (default AMBER+STRICT). */
  tlp?: Tlp
  audienceOrgs?: readonly string[]
  audienceUsers?: readonly string[]
  incidentId?: string | null
  onProgress?: (objectsRead: number) => void
}

/**
 * Imports STIX objects already in memory (a page of a TAXII feed) in one transaction, keeping the
 * valid ones: each marked at least `floorTlp`, with the import's audience.
 */
export async function importStixObjects(deps: Deps, actor: Actor, objects: readonly unknown[], opts: ImportOptions & { floorTlp: Tlp; bundleId: string }): Promise<ImportSummary> {
  requireIntel(actor, 'import')
  async function* inBatches(): AsyncGenerator<PreparedBatch> {
    const preparer = new Preparer({ partial: true })
    for (let i = 0; i < objects.length; i += 1000) yield preparer.prepare(objects.slice(i, i + 1000))
  }
  return importObjects(deps, actor, {
    batches: inBatches(),
    bundleId: () => opts.bundleId,
    partial: true,
    audience: { audienceOrgs: opts.audienceOrgs ?? [], audienceUsers: opts.audienceUsers ?? [], floorTlp: opts.floorTlp, defaultTlp: opts.floorTlp },
    incidentId: opts.incidentId ?? null,
  })
}

/**
 * Imports a STIX 2.1 bundle streamed from `source`, in one transaction.
 *
 * @example
 *   await importBundle(deps, actor, createReadStream('bundle.json'), { partial: true })
 */
export async function importBundle(deps: Deps, actor: Actor, source: Readable, opts: ImportOptions = {}): Promise<ImportSummary> {
  requireIntel(actor, 'import')
  const partial = opts.partial ?? false
  const { header, batches } = readPreparedBundle(source, { partial, strict: opts.strict ?? false })
  return importObjects(deps, actor, {
    batches,
    bundleId: () => header.id,
    partial,
    audience: { audienceOrgs: opts.audienceOrgs ?? [], audienceUsers: opts.audienceUsers ?? [], ...(opts.tlp ? { defaultTlp: opts.tlp } : {}) },
    incidentId: opts.incidentId ?? null,
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
  })
}

const stricterOf = (a: Tlp | undefined, b: Tlp): Tlp => (a === undefined || tlpRank(b) > tlpRank(a) ? b : a)

/**
 * Imports MISP events (`{Event}`, `{response: [...]}`) as STIX: each object at its event's TLP
 * (or its attribute's, when stricter); an event with no TLP is AMBER+STRICT to the uploader.
 */
export async function importMisp(deps: Deps, actor: Actor, doc: unknown, opts: ImportOptions = {}): Promise<ImportSummary> {
  requireIntel(actor, 'import')
  const { events, deviated } = mispEventsOf(doc, opts.strict ?? false)
  const tlpById = new Map<string, Tlp>()
  const objects: StixLikeObject[] = []
  const warnings: string[] = []
  for (const event of events) {
    const converted = mispEventToStix(event, { now: deps.clock.now() })
    for (const o of converted.objects) {
      tlpById.set(o.id, stricterOf(tlpById.get(o.id), converted.objectTlp[o.id] ?? converted.tlp ?? opts.tlp ?? 'AMBER+STRICT'))
      objects.push(o)
    }
    warnings.push(...converted.warnings)
  }
  const partial = opts.partial ?? false
  // Events are small and already in memory: they are prepared here, not in the import worker.
  async function* inBatches(): AsyncGenerator<PreparedBatch> {
    const preparer = new Preparer({ partial, strict: opts.strict ?? false })
    for (let i = 0; i < objects.length; i += 1000) yield preparer.prepare(objects.slice(i, i + 1000))
  }
  return importObjects(deps, actor, {
    batches: inBatches(),
    bundleId: () => (events.length === 1 ? `misp-event--${events[0]!.uuid}` : null),
    partial,
    audience: { audienceOrgs: opts.audienceOrgs ?? [], audienceUsers: opts.audienceUsers ?? [], tlpById },
    incidentId: opts.incidentId ?? null,
    warnings,
    deviated,
  })
}

/** The views, each saying who can see it (markings are shared by whole bundles: each is described once). */
async function withVisibleTo(deps: Deps, rows: readonly ObjectRow[]): Promise<IntelObjectView[]> {
  const markings = await loadMarkings(deps.db, rows.map((r) => r.marking_id))
  const ids = [...markings.keys()]
  const texts = new Map((await visibleToTexts(deps.db, ids.map((id) => markings.get(id)!))).map((t, i) => [ids[i]!, t]))
  return rows.map((r) => ({ ...viewOf(r), visibleTo: texts.get(r.marking_id)! }))
}

/** The events of a MISP document; unless strict, a restSearch answer in attribute or object form is read as its events, and reported. */
function mispEventsOf(doc: unknown, strict: boolean): { events: MispEvent[]; deviated: DeviatedObject[] } {
  const form = strict ? null : readRestSearchForm(doc)
  if (form === null) return { events: readMispEvents(doc), deviated: [] }
  const deviation = DEVIATIONS['misp-rest-search-form']
  return {
    events: readMispEvents({ response: form.events.map((Event) => ({ Event })) }),
    deviated: [{ index: null, id: null, deviations: [{ deviation: deviation.id, decision: deviation.decision, detail: form.detail }] }],
  }
}

/** One page of the objects the actor may see. */
export async function listObjects(deps: Deps, actor: Actor, q: ListQuery): Promise<{ objects: IntelObjectView[]; next: string | null }> {
  requireIntel(actor, 'read')
  const rows = await visibleObjectsPage(
    deps.db,
    scopeOfActor(actor),
    {
      version: parseVersion(q.version),
      ...(q.type ? { types: q.type } : {}),
      ...(q.added_after ? { addedAfter: q.added_after } : {}),
      ...(q.modified_after ? { modifiedAfter: q.modified_after } : {}),
      ...(q.modified_before ? { modifiedBefore: q.modified_before } : {}),
      ...(q.incident ? { incidentId: q.incident } : {}),
      ...(q.tlp ? { tlps: q.tlp } : {}),
    },
    decodeCursor(q.cursor),
    q.limit,
  )
  const strict = new StrictReads()
  for (const r of rows) strict.note(r.id, r.tlp)
  await strict.audit(deps, actor, 'intel.read', 'objects')
  return { objects: await withVisibleTo(deps, rows), next: rows.length === q.limit ? encodeCursor(rows[rows.length - 1]!.row_id) : null }
}

/** The object's versions the actor may see: the latest by default. Not found when none. */
export async function getObject(deps: Deps, actor: Actor, id: string, version?: string): Promise<IntelObjectView[]> {
  requireIntel(actor, 'read')
  const rows = await visibleObjectsPage(deps.db, scopeOfActor(actor), { ids: [id], version: parseVersion(version) }, 0, 1000)
  if (rows.length === 0) throw notFound(`Intel object ${id}`)
  const strict = new StrictReads()
  for (const r of rows) strict.note(r.id, r.tlp)
  await strict.audit(deps, actor, 'intel.read', id)
  return withVisibleTo(deps, rows)
}

/** A STIX 2.1 bundle of the latest versions the actor may see, as text chunks to stream. */
export function exportBundle(deps: Deps, actor: Actor, q: ExportQuery): AsyncGenerator<string> {
  requireIntel(actor, 'read')
  return exportStixBundle(deps, actor, {
    version: 'latest',
    ...(q.type ? { types: q.type } : {}),
    ...(q.since ? { addedAfter: q.since } : {}),
    ...(q.incident ? { incidentId: q.incident } : {}),
    ...(q.max_tlp ? { tlps: levelsUpTo(q.max_tlp) } : {}),
  })
}

const MISP_EXPORT_LIMIT = 10_000

/** The latest visible objects of an incident (or of the given ids) as one MISP event, and what did not map. */
/** An exercise's MISP export carries the exercise tags on the event and on every attribute, in objects too. */
function markMispAsExercise(event: MispEvent, exerciseId: string): MispEvent {
  const tags = exerciseMispTags(exerciseId)
  const tagged = (a: MispAttribute): MispAttribute => ({ ...a, Tag: [...(a.Tag ?? []), ...tags] })
  return {
    ...event,
    info: `[EXERCISE] ${event.info}`,
    Tag: [...(event.Tag ?? []), ...tags],
    Attribute: (event.Attribute ?? []).map(tagged),
    Object: (event.Object ?? []).map((o) => ({ ...o, Attribute: (o.Attribute ?? []).map(tagged) })),
  }
}

export async function exportMisp(deps: Deps, actor: Actor, q: MispExportQuery): Promise<{ Event: MispEvent; warnings: string[] }> {
  requireIntel(actor, 'read')
  if (!q.incident && !q.ids) throw unprocessable('missing_selection', 'Name an incident or object ids to export', '/incident')
  // The event's threat level follows the incident's severity, where the caller may see the incident.
  const incident = q.incident ? await incidents.incidentForRequest(deps.db, actor, q.incident) : null
  const objects: StixLikeObject[] = []
  let tlp: Tlp | null = null
  const strict = new StrictReads()
  const filter = { version: 'latest' as const, ...(q.incident ? { incidentId: q.incident } : {}), ...(q.ids ? { ids: q.ids } : {}) }
  for await (const page of visibleRows(deps, actor, filter)) {
    for (const r of page) {
      const view = viewOf(r)
      if (tlp === null || tlpRank(view.tlp) > tlpRank(tlp)) tlp = view.tlp
      strict.note(r.id, r.tlp)
      objects.push(view.object as StixLikeObject)
    }
    if (objects.length > MISP_EXPORT_LIMIT) {
      throw unprocessable('too_many_objects', `More than ${MISP_EXPORT_LIMIT} objects: export a STIX bundle instead`, q.incident ? '/incident' : '/ids')
    }
  }
  await strict.audit(deps, actor, 'intel.export', q.incident ?? 'misp')
  const info = q.info ?? (q.incident ? `Shieldwall incident ${q.incident}` : `Shieldwall export of ${objects.length} objects`)
  const { event, warnings } = stixToMisp(objects, { info, tlp, date: deps.clock.now().toISOString().slice(0, 10), severity: incident?.severity ?? null })
  return { Event: actor.exerciseId === null ? event : markMispAsExercise(event, actor.exerciseId), warnings }
}
