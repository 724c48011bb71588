/**
 * The intel write path. An import runs in ONE transaction: objects are validated, versioned,
 * marked and written batch by batch inside it (rows and their index postings together), the
 * correlation hook runs on each batch's new postings, and one `intel.added` event and one audit
 * entry close it. A reject fails the whole import unless it is partial; a crash at any point
 * leaves nothing of it.
 */
import { AppError, conflict, unprocessable } from '../../../core/errors'
import { isUniqueViolation } from '../../../store/errors'
import type { IntelBulk, IntelObjectInsert, IntelPostingInsert } from '../../../store/intel-bulk'
import { mostRestrictive } from '../../../tlp'
import type { Deps } from '../../deps'
import { orgIdsOf, scopeOfActor, type Actor } from '../../members'
import { participantIncident } from '../../incident'
import { unitOfWork, type Unit } from '../../unit-of-work'
import { correlateNewPostings, type Posting } from '../correlation'
import { MAX_LISTED_REJECTS, versionOutcome, type DeviatedObject, type VersionOutcome, type ImportSummary, type StoredVersion } from '../intel'
import { demoteVersions, missingUsers, queryBuilderBulk, versionsOf, visibleMarkingIdsOf } from '../intel.store'
import { ImportMarkings, type ImportAudience } from './import-markings'
import type { PreparedBatch, PreparedObject } from './prepared'
import { tlpDefinitionNote } from './tlp-definition-note'

export interface ImportInput {
  /** The objects, validated and prepared (see prepared.ts), in batches. */
  batches: AsyncIterable<PreparedBatch>
  /** The bundle's id, read once the input is consumed (a streamed bundle may carry it last). */
  bundleId: () => string | null
  partial: boolean
  audience: ImportAudience
  incidentId?: string | null
  /** Warnings from converting the input (e.g. MISP), passed into the summary. */
  warnings?: readonly string[]
  /** Deviations of the whole input found before its objects (e.g. a MISP restSearch form), passed into the summary. */
  deviated?: readonly DeviatedObject[]
  /** Called after each batch with the number of objects read so far. */
  onProgress?: (objectsRead: number) => void
  /** Told each valid object's outcome by the version rules (TAXII reports every object's). */
  onOutcome?: (obj: PreparedObject, outcome: VersionOutcome) => void
}

const bulkOf = (deps: Deps): IntelBulk => deps.intelBulk ?? queryBuilderBulk

/** Ids named in the import event; the counts are always complete. */
const EVENT_ID_LIMIT = 100

interface Pending {
  obj: PreparedObject
  row: IntelObjectInsert
  version: StoredVersion
}

class ImportRun {
  readonly summary: ImportSummary
  readonly usedMarkingIds = new Set<string>()
  readonly eventIds: string[] = []

  constructor(
    readonly u: Unit,
    readonly deps: Deps,
    readonly actor: Actor,
    readonly input: ImportInput,
    readonly markings: ImportMarkings,
  ) {
    this.summary = {
      bundleId: null, objects: 0, added: 0, newVersions: 0, olderVersions: 0, duplicates: 0,
      rejectedCount: 0, rejected: [], warnings: [...(input.warnings ?? [])], deviatedCount: 0, deviated: [...(input.deviated ?? [])], committed: false,
    }
    this.summary.deviatedCount = this.summary.deviated.length
  }

  get bulk(): IntelBulk {
    return bulkOf(this.deps)
  }

  get writing(): boolean {
    return this.input.partial || this.summary.rejectedCount === 0
  }

  count(batch: PreparedBatch): void {
    const s = this.summary
    s.objects += batch.read
    s.rejectedCount += batch.rejectedCount
    for (const r of batch.rejected) if (s.rejected.length < MAX_LISTED_REJECTS) s.rejected.push(r)
    s.deviatedCount += batch.deviatedCount
    for (const d of batch.deviated) if (s.deviated.length < MAX_LISTED_REJECTS) s.deviated.push(d)
  }

  /** Sorts a batch into rows to write, by the version rules against the store and the batch itself. */
  async versioned(valid: readonly PreparedObject[]): Promise<{ pending: Pending[]; demote: number[] }> {
    const versions = await versionsOf(this.u.tx, this.actor.orgId, this.actor.exerciseId, valid.map((o) => o.id))
    const pending: Pending[] = []
    const demote: number[] = []
    for (const obj of valid) {
      const tlpNote = tlpDefinitionNote(obj)
      if (tlpNote !== null) this.summary.warnings.push(tlpNote)
      const modified = obj.modified
      const list = versions.get(obj.id) ?? []
      const outcome = versionOutcome(list, modified)
      this.input.onOutcome?.(obj, outcome)
      if (outcome === 'duplicate') {
        this.summary.duplicates++
        continue
      }
      const version: StoredVersion = { rowId: null, modified, isLatest: outcome !== 'older_version' }
      if (outcome === 'new_version') {
        for (const v of list.filter((x) => x.isLatest)) {
          v.isLatest = false
          if (v.rowId !== null) demote.push(v.rowId)
        }
      }
      list.push(version)
      versions.set(obj.id, list)
      if (outcome === 'added') this.summary.added++
      else if (outcome === 'new_version') this.summary.newVersions++
      else this.summary.olderVersions++
      if (obj.type === 'marking-definition') this.markings.inlineDefinitions.set(obj.id, JSON.parse(obj.json) as object)
      pending.push({ obj, version, row: this.rowOf(obj, modified) })
    }
    return { pending, demote }
  }

  rowOf(obj: PreparedObject, modified: string): IntelObjectInsert {
    return {
      id: obj.id,
      type: obj.type,
      spec_version: obj.specVersion,
      created: obj.created,
      modified,
      created_by_ref: obj.createdByRef,
      revoked: obj.revoked ? 1 : 0,
      is_latest: 1,
      marking_id: '',
      org_id: this.actor.orgId,
      user_id: this.actor.userId,
      date_added: this.u.at,
      exercise_id: this.actor.exerciseId,
      incident_id: this.input.incidentId ?? null,
      json: obj.json,
    }
  }

  /** Marks each row: plain objects first, then relationships and sightings from what they reference. */
  async mark(pending: readonly Pending[]): Promise<void> {
    const inBatch = new Map<string, string>()
    const derived: Pending[] = []
    for (const p of pending) {
      if (p.obj.derived.length > 0) derived.push(p)
      else {
        p.row.marking_id = await this.markings.idOfTlp(this.u.tx, this.markings.tlpOf(p.obj))
        if (p.version.isLatest) inBatch.set(p.obj.id, p.row.marking_id)
      }
    }
    if (derived.length === 0) return
    const refs = [...new Set(derived.flatMap((p) => p.obj.derived))].filter((id) => !inBatch.has(id))
    const stored = await visibleMarkingIdsOf(this.u.tx, scopeOfActor(this.actor), refs)
    for (const p of derived) {
      const refMarkings = p.obj.derived.flatMap((id) => {
        const m = inBatch.get(id)
        return m !== undefined ? [m] : (stored.get(id) ?? [])
      })
      const tlp = this.markings.tlpOf(p.obj)
      const ownId = await this.markings.idOfTlp(this.u.tx, tlp)
      // Most links join objects of one import under one marking: nothing to combine.
      p.row.marking_id = refMarkings.every((id) => id === ownId) ? ownId : await this.markings.derivedMarkingId(this.u.tx, this.markings.markingOfTlp(tlp), refMarkings)
    }
  }

  async write(batch: PreparedBatch): Promise<void> {
    this.count(batch)
    if (!this.writing) return
    const { pending, demote } = await this.versioned(batch.objects)
    if (pending.length === 0) return
    await this.mark(pending)
    for (const p of pending) p.row.is_latest = p.version.isLatest ? 1 : 0
    if (demote.length > 0) await demoteVersions(this.u.tx, demote)
    const bulk = this.bulk
    const rowIds = await bulk.insertObjects(this.u.tx, pending.map((p) => p.row))
    const postings: Posting[] = []
    const postingRows: IntelPostingInsert[] = []
    pending.forEach((p, i) => {
      const rowId = rowIds[i]!
      p.version.rowId = rowId
      this.usedMarkingIds.add(p.row.marking_id)
      if (this.eventIds.length < EVENT_ID_LIMIT) this.eventIds.push(p.obj.id)
      if (!p.version.isLatest || p.row.revoked === 1) return
      for (const key of p.obj.keys) {
        const posting: Posting = { key, rowId, stixId: p.obj.id, orgId: p.row.org_id, markingId: p.row.marking_id, exerciseId: p.row.exercise_id }
        postings.push(posting)
        postingRows.push(postingRowOf(posting, p.row))
      }
    })
    await bulk.insertPostings(this.u.tx, postingRows)
    await correlateNewPostings(this.u, this.deps, { actor: this.actor, postings })
  }

  async finish(): Promise<ImportSummary> {
    const s = this.summary
    s.bundleId = this.input.bundleId()
    if (!this.writing) {
      throw new AppError(
        422,
        'bundle_rejected',
        `${s.rejectedCount} of ${s.objects} objects are invalid, so nothing was imported (import with partial=true to keep the valid ones)`,
        s.rejected.slice(0, 100).map((r) => ({ pointer: `/objects/${r.index}`, detail: `${r.id ?? '(no id)'}: ${r.reason}` })),
        { summary: s },
      )
    }
    const written = s.added + s.newVersions + s.olderVersions
    if (written > 0) await this.emitAdded()
    await this.u.audit(this.actor, 'intel.import', s.bundleId ?? 'bundle', {
      objects: s.objects, added: s.added, newVersions: s.newVersions, olderVersions: s.olderVersions, duplicates: s.duplicates, rejected: s.rejectedCount, deviated: s.deviatedCount,
    })
    s.committed = true
    return s
  }

  /** One event for the whole import, under the most restrictive marking of what it wrote. */
  async emitAdded(): Promise<void> {
    const used = this.markings.usedMarkings(this.usedMarkingIds)
    const marking = used.length === 1 ? used[0]! : mostRestrictive(used, { originatorOrg: this.actor.orgId, originatorUser: this.actor.userId })
    const markingId = used.length === 1 ? [...this.usedMarkingIds][0]! : await this.markings.idOf(this.u.tx, marking)
    const s = this.summary
    await this.u.emit({
      type: 'intel.added',
      markingId,
      marking,
      exerciseId: this.actor.exerciseId,
      subject: this.input.incidentId ? { incidentId: this.input.incidentId } : {},
      payload: {
        bundleId: s.bundleId,
        added: s.added,
        newVersions: s.newVersions,
        olderVersions: s.olderVersions,
        duplicates: s.duplicates,
        ids: this.eventIds,
        idsTruncated: s.added + s.newVersions + s.olderVersions > this.eventIds.length,
      },
    })
  }
}

/** The posting row, with the summary of its object that a lookup answers with. */
const postingRowOf = (p: Posting, o: IntelObjectInsert): IntelPostingInsert => ({
  key: p.key, row_id: p.rowId, stix_id: p.stixId, org_id: p.orgId, marking_id: p.markingId, exercise_id: p.exerciseId,
  type: o.type, created: o.created, modified: o.modified, created_by_ref: o.created_by_ref, revoked: o.revoked,
})

/** The audience with its organizations (named by id or name) as ids; a 422 at the first that names none. */
async function checkAudience(u: Unit, audience: ImportAudience): Promise<ImportAudience> {
  const audienceOrgs = await orgIdsOf(u.tx, audience.audienceOrgs, '/audienceOrgs')
  const users = await missingUsers(u.tx, audience.audienceUsers)
  if (users.length > 0) throw unprocessable('unknown_user', `No user ${users.join(', ')}`, `/audienceUsers/${audience.audienceUsers.indexOf(users[0]!)}`)
  return { ...audience, audienceOrgs }
}

/**
 * Imports STIX objects for `actor` in one transaction.
 *
 * @example
 *   const { header, batches } = readPreparedBundle(stream, { partial: false })
 *   const summary = await importObjects(deps, actor, { batches, bundleId: () => header.id, partial: false, audience: { audienceOrgs: [], audienceUsers: [] } })
 */
export async function importObjects(deps: Deps, actor: Actor, input: ImportInput): Promise<ImportSummary> {
  const endImport = bulkOf(deps).beginImport()
  try {
    return await importInOneUnit(deps, actor, input)
  } catch (e) {
    // Versions are kept per world, but one organization holds one row per (id, modified): the
    // same version in a second world is refused as a conflict, with nothing written.
    if (isUniqueViolation(e)) throw conflict('version_already_held', 'Your organization already holds this version of an object (in another world, or from an import running at the same time); give the copy its own modified')
    throw e
  } finally {
    endImport()
  }
}

function importInOneUnit(deps: Deps, actor: Actor, input: ImportInput): Promise<ImportSummary> {
  return unitOfWork(deps, async (u) => {
    // Only the incident's participants link intel to it; to anyone else it answers as a missing one.
    if (input.incidentId) await participantIncident(u.tx, actor, input.incidentId)
    const audience = await checkAudience(u, input.audience)
    const run = new ImportRun(u, deps, actor, { ...input, audience }, new ImportMarkings(actor, audience, u.at))
    for await (const batch of input.batches) {
      await run.write(batch)
      input.onProgress?.(run.summary.objects)
    }
    return run.finish()
  })
}

