/**
 * TAXII 2.1 use cases over the intel capability: collections computed for the caller, pages of
 * objects, manifests and versions read through the one visibility rule, envelopes imported
 * through the normal import path (versions, correlation, events), status resources, deletes.
 * The TAXII surface (src/taxii) only speaks HTTP around these.
 */
import { AppError, forbidden, notFound } from '../../../core/errors'
import { newId } from '../../../core/ids'
import type { Scope, Tlp } from '../../../tlp'
import type { Deps } from '../../deps'
import { participatedIncidents } from '../../incident'
import { scopeOfActor, type Actor } from '../../members'
import { alongIndex } from '../../../store/index-order'
import { unitOfWork } from '../../unit-of-work'
import { StrictReads } from '../export/read-objects'
import { importObjects } from '../import/import-objects'
import { Preparer, type PreparedBatch } from '../import/prepared'
import type { VersionOutcome } from '../intel'
import { intelPermissions } from '../intel.permissions'
import {
  collectionIdOf, encodePageKey, versionOf, type CollectionKind, type TaxiiCaller, type TaxiiCollection, type TaxiiObject, type TaxiiPage,
  type TaxiiPageQuery, type TaxiiRecord, type VersionMatch,
} from './collections'
import { servedJson } from './served-json'
import { collectionRows, deleteRows, findStatus, heldRowIds, saveStatus, type TaxiiRow } from './collections.store'

const scopeOf = (c: TaxiiCaller): Scope => (c.public ? { viewer: null, exerciseId: null } : scopeOfActor(c.actor))

const mayRead = (a: Actor): boolean => intelPermissions.may(a, 'read', {})
const mayWrite = (a: Actor): boolean => intelPermissions.may(a, 'import', {})

/**
 * The caller's collections: on the public root one of CLEAR objects; otherwise everything it may
 * see, its organization's inbox, and one per incident it takes part in (in its world).
 */
export async function collections(deps: Deps, caller: TaxiiCaller): Promise<TaxiiCollection[]> {
  if (caller.public) {
    const kind: CollectionKind = { kind: 'public' }
    return [{ id: collectionIdOf(kind), title: 'Public intel', description: 'Every TLP:CLEAR object of the hub', canRead: true, canWrite: false, kind }]
  }
  const a = caller.actor
  const all: CollectionKind = { kind: 'all' }
  const inbox: CollectionKind = { kind: 'inbox', orgId: a.orgId }
  const out: TaxiiCollection[] = [
    { id: collectionIdOf(all), title: 'All intel you may see', description: 'Every object your markings let you see: CLEAR, GREEN and whatever is addressed to you', canRead: mayRead(a), canWrite: false, kind: all },
    { id: collectionIdOf(inbox), title: 'Your organization’s intel', description: 'What your organization shares: post here, and read back what it holds', canRead: mayRead(a), canWrite: mayWrite(a), kind: inbox },
  ]
  for (const inc of await participatedIncidents(deps.db, a)) {
    const kind: CollectionKind = { kind: 'incident', incidentId: inc.id }
    out.push({ id: collectionIdOf(kind), title: `Incident: ${inc.title}`, description: `Intel linked to incident ${inc.id}, for its participants`, canRead: mayRead(a), canWrite: mayWrite(a), kind })
  }
  return out
}

/** One of the caller's collections; any other id answers as a missing one. */
export async function collection(deps: Deps, caller: TaxiiCaller, id: string): Promise<TaxiiCollection> {
  const found = (await collections(deps, caller)).find((c) => c.id === id)
  if (!found) throw notFound('Collection')
  return found
}

async function readable(deps: Deps, caller: TaxiiCaller, collectionId: string): Promise<TaxiiCollection> {
  const c = await collection(deps, caller, collectionId)
  if (!c.canRead) throw forbidden('Your roles do not include reading intel')
  return c
}

const recordOf = (r: TaxiiRow): TaxiiRecord => ({
  id: r.id,
  type: r.type,
  version: versionOf(r.modified, r.created, r.date_added),
  dateAdded: r.date_added,
  specVersion: r.spec_version,
  key: { dateAdded: r.date_added, rowId: r.row_id },
})

function pageOf<T extends TaxiiRecord>(rows: TaxiiRow[], limit: number, item: (r: TaxiiRow) => T): TaxiiPage<T> {
  const more = rows.length > limit
  const items = (more ? rows.slice(0, limit) : rows).map(item)
  return { items, more, next: more ? encodePageKey(items[items.length - 1]!.key) : null }
}

/** Reads of RED and AMBER+STRICT objects leave one audit entry, as on the API. */
async function auditStrictReads(deps: Deps, caller: TaxiiCaller, rows: readonly TaxiiRow[], subject: string): Promise<void> {
  if (caller.public) return
  const strict = new StrictReads()
  for (const r of rows) strict.note(r.id, r.tlp as Tlp)
  await strict.audit(deps, caller.actor, 'intel.read', subject)
}

/** One page of a collection's objects. */
export async function objects(deps: Deps, caller: TaxiiCaller, collectionId: string, q: TaxiiPageQuery): Promise<TaxiiPage<TaxiiObject>> {
  const c = await readable(deps, caller, collectionId)
  const rows = await alongIndex(deps.db, (db) => collectionRows(db, scopeOf(caller), c.kind, q.filter, q.after, q.limit, true))
  const page = pageOf(rows, q.limit, (r) => ({ ...recordOf(r), json: servedJson(r.json!, r.tlp as Tlp) }))
  await auditStrictReads(deps, caller, rows.slice(0, q.limit), `taxii:${collectionId}`)
  return page
}

/** One page of a collection's manifest: what `objects` would list, without the objects. */
export async function manifest(deps: Deps, caller: TaxiiCaller, collectionId: string, q: TaxiiPageQuery): Promise<TaxiiPage<TaxiiRecord>> {
  const c = await readable(deps, caller, collectionId)
  return pageOf(await alongIndex(deps.db, (db) => collectionRows(db, scopeOf(caller), c.kind, q.filter, q.after, q.limit, false)), q.limit, recordOf)
}

/** One object (its latest version unless match[version] says otherwise); none the caller may see: 404. */
export async function object(deps: Deps, caller: TaxiiCaller, collectionId: string, objectId: string, q: TaxiiPageQuery): Promise<TaxiiPage<TaxiiObject>> {
  const page = await objects(deps, caller, collectionId, { ...q, filter: { ...q.filter, ids: [objectId] } })
  if (page.items.length === 0 && q.after === null && !(await visibleAtAll(deps, caller, collectionId, objectId))) throw notFound('Object')
  return page
}

/** The versions of one object the caller may see; none: 404. */
export async function versions(deps: Deps, caller: TaxiiCaller, collectionId: string, objectId: string, q: TaxiiPageQuery): Promise<TaxiiPage<TaxiiRecord>> {
  const page = await manifest(deps, caller, collectionId, { ...q, filter: { ...q.filter, ids: [objectId], versions: ['all'] } })
  if (page.items.length === 0 && q.after === null && !(await visibleAtAll(deps, caller, collectionId, objectId))) throw notFound('Object')
  return page
}

async function visibleAtAll(deps: Deps, caller: TaxiiCaller, collectionId: string, objectId: string): Promise<boolean> {
  const c = await collection(deps, caller, collectionId)
  return (await collectionRows(deps.db, scopeOf(caller), c.kind, { ids: [objectId], versions: ['all'] }, null, 1, false)).length > 0
}

/** One object's result in a status resource. */
export interface StatusDetail {
  id: string
  version: string
  message?: string
}

/** The TAXII status resource of one POST (section 4.3.1), stored to be read again. */
export interface TaxiiStatus {
  id: string
  status: 'complete' | 'pending'
  request_timestamp: string
  total_count: number
  success_count: number
  successes: StatusDetail[]
  failure_count: number
  failures: StatusDetail[]
  pending_count: number
  pending: StatusDetail[]
}

const OUTCOME_TEXT: Record<VersionOutcome, string> = {
  added: 'added',
  new_version: 'added as the latest version',
  older_version: 'added as an older version',
  duplicate: 'already held: nothing changed',
}

const IMPORT_BATCH = 1000

const stringField = (raw: unknown, field: string): string | null => {
  const v = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[field] : undefined
  return typeof v === 'string' ? v : null
}

/**
 * Imports an envelope's objects into a writable collection through the intel import path, each
 * object on its own (a bad one fails alone), and answers the status resource, stored for later.
 */
export async function addObjects(deps: Deps, caller: TaxiiCaller, collectionId: string, envelopeObjects: readonly unknown[]): Promise<TaxiiStatus> {
  const c = await collection(deps, caller, collectionId)
  if (caller.public || !c.canWrite) throw forbidden('You may not add objects to this collection')
  const actor = caller.actor
  const requestTimestamp = deps.clock.now().toISOString()
  const successes: StatusDetail[] = []
  const failures: StatusDetail[] = []
  async function* batches(): AsyncGenerator<PreparedBatch> {
    const preparer = new Preparer({ partial: true })
    for (let i = 0; i < envelopeObjects.length; i += IMPORT_BATCH) {
      const batch = preparer.prepare(envelopeObjects.slice(i, i + IMPORT_BATCH))
      for (const r of batch.rejected) {
        const raw = envelopeObjects[r.index]
        failures.push({ id: r.id ?? `(object ${r.index})`, version: stringField(raw, 'modified') ?? stringField(raw, 'created') ?? '', message: r.reason })
      }
      yield batch
    }
  }
  await importObjects(deps, actor, {
    batches: batches(),
    bundleId: () => null,
    partial: true,
    audience: { audienceOrgs: [], audienceUsers: [] },
    incidentId: c.kind.kind === 'incident' ? c.kind.incidentId : null,
    onOutcome: (o, outcome) => void successes.push({ id: o.id, version: versionOf(o.modified, o.created, requestTimestamp), message: OUTCOME_TEXT[outcome] }),
  }).catch((e: unknown) => {
    // One organization holds one row per version: the whole envelope conflicts with another world's copy.
    if (e instanceof AppError && e.code === 'version_already_held') {
      for (const s of successes.splice(0)) failures.push({ ...s, message: e.message })
      return
    }
    throw e
  })
  const status: TaxiiStatus = {
    id: newId(), status: 'complete', request_timestamp: requestTimestamp,
    total_count: envelopeObjects.length, success_count: successes.length, successes, failure_count: failures.length, failures, pending_count: 0, pending: [],
  }
  await unitOfWork(deps, (u) =>
    saveStatus(u.tx, { id: status.id, org_id: actor.orgId, user_id: actor.userId, exercise_id: actor.exerciseId, created_at: u.at, json: JSON.stringify(status) }),
  )
  return status
}

/** A status resource, for the organization that posted it, in its world; to anyone else a missing one. */
export async function status(deps: Deps, caller: TaxiiCaller, statusId: string): Promise<TaxiiStatus> {
  if (caller.public) throw notFound('Status')
  const row = await findStatus(deps.db, statusId, caller.actor.orgId, caller.actor.exerciseId)
  if (!row) throw notFound('Status')
  return JSON.parse(row.json) as TaxiiStatus
}

/**
 * Deletes the versions of an object the caller's organization holds in a collection it may write
 * to. Not visible: 404; visible but held only by others: 403 (the caller already sees it).
 */
export async function deleteObject(deps: Deps, caller: TaxiiCaller, collectionId: string, objectId: string, match: readonly VersionMatch[]): Promise<void> {
  const c = await collection(deps, caller, collectionId)
  if (caller.public || !c.canWrite) throw forbidden('You may not delete objects from this collection')
  const actor = caller.actor
  if (!(await visibleAtAll(deps, caller, collectionId, objectId))) throw notFound('Object')
  await unitOfWork(deps, async (u) => {
    const rowIds = await heldRowIds(u.tx, scopeOfActor(actor), c.kind, actor.orgId, objectId, match)
    if (rowIds.length === 0) throw forbidden('Your organization does not hold this version of the object: only its holders delete their copies')
    await deleteRows(u.tx, actor.orgId, actor.exerciseId, objectId, rowIds)
    await u.audit(actor, 'intel.delete', objectId, { rows: rowIds.length, collection: collectionId })
  })
}
