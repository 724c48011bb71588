import { forbidden, notFound, unprocessable } from '../../core/errors'
import { newId } from '../../core/ids'
import { loadMarking, loadMarkings, saveMarking } from '../../store/marking.store'
import type { Db } from '../../store/db'
import type { Tx } from '../../store/tx'
import type { Marking, Tlp } from '../../tlp'
import type { Deps } from '../deps'
import { orgChain, orgIdOf, orgIdsOf, scopeOfActor, visibleToText, visibleToTexts, type Actor } from '../members'
import { unitOfWork, type Unit } from '../unit-of-work'
import { severityOf, type SeverityLevel } from '../vocab'
import { assertAudienceExists, widenAudience, withNationDefaults, type AudienceAddition } from './audience'
import { transitionIncident, type IncidentStatus } from './incident'
import { acceptedHelperOrgs } from './helpers.store'
import { incidentPermissions } from './incident.permissions'
import { validateIncidentVocabulary } from './incident.rules'
import type { IncidentInput, IncidentPatch, IncidentQuery, IncidentView, TimelineInput } from './incident.schema'
import * as store from './incident.store'
import { nis2Clock } from './nis2-clock'
import { armNis2Stages, rearmFinalReport } from './nis2.deadlines'

const list = (s: string): string[] => JSON.parse(s) as string[]
const date = (s: string | null): Date | null => (s === null ? null : new Date(s))
const isoOrNull = (s: string | null | undefined): string | null => (s == null ? null : new Date(s).toISOString())

/** Reads of the tightest markings leave a trace: who read which RED or AMBER+STRICT incident. */
const AUDITED_READS: readonly Tlp[] = ['RED', 'AMBER+STRICT']

function toView(r: store.IncidentRow, m: Marking, visibleTo: string, now: Date, timeline?: store.TimelineRow[]): IncidentView {
  const clock = nis2Clock(new Date(r.aware_at), { earlyWarningAt: date(r.early_warning_at), notificationAt: date(r.notification_at), finalReportAt: date(r.final_report_at) }, now)
  const stage = (s: (typeof clock.stages)[number]) => ({ ...s, dueAt: s.dueAt.toISOString(), submittedAt: s.submittedAt?.toISOString() ?? null })
  return {
    id: r.id,
    orgId: r.org_id,
    nationId: r.nation_id,
    reportedBy: r.reported_by,
    title: r.title,
    summary: r.summary,
    sectors: list(r.sectors),
    rsitClass: r.rsit_class,
    rsitType: r.rsit_type,
    severity: r.severity,
    severityName: severityOf(r.severity as SeverityLevel).name,
    malicious: r.malicious === 1,
    crossBorder: r.cross_border === 1,
    status: r.status,
    detectedAt: r.detected_at,
    startedAt: r.started_at,
    reportedAt: r.reported_at,
    awareAt: r.aware_at,
    attackIds: list(r.attack_ids),
    intelIds: list(r.intel_ids),
    tlp: m.tlp,
    audienceOrgs: [...m.audienceOrgs],
    audienceUsers: [...m.audienceUsers],
    visibleTo,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    nis2: { awareAt: clock.awareAt.toISOString(), stages: clock.stages.map(stage), next: clock.next ? stage(clock.next) : null, anyOverdue: clock.anyOverdue },
    ...(timeline ? { timeline: timeline.map((t) => ({ id: t.id, at: t.at, happenedAt: t.happened_at, author: t.author, authorOrg: t.author_org, text: t.text })) } : {}),
  }
}

/** The marking a reporter asked for, checked: each TLP takes only its own kind of audience, and that audience must exist. */
async function markingFor(tx: Tx, actor: Actor, orgId: string, input: Pick<IncidentInput, 'tlp' | 'audienceOrgs' | 'audienceUsers'>): Promise<Marking> {
  const orgs = await orgIdsOf(tx, input.audienceOrgs ?? [], '/audienceOrgs')
  const users = input.audienceUsers ?? []
  if (input.tlp === 'RED' && orgs.length > 0) throw unprocessable('audience_mismatch', 'RED is shared with named users only: give audienceUsers', '/audienceOrgs')
  if ((input.tlp === 'CLEAR' || input.tlp === 'GREEN') && orgs.length + users.length > 0)
    throw unprocessable('audience_mismatch', `${input.tlp} reaches everyone it may; it takes no audience`, orgs.length > 0 ? '/audienceOrgs' : '/audienceUsers')
  await assertAudienceExists(tx, { orgs, users }, { orgs: '/audienceOrgs', users: '/audienceUsers' })
  return { tlp: input.tlp, audienceOrgs: orgs, audienceUsers: users, originatorOrg: orgId, originatorUser: actor.userId }
}

/** The chain of an organization named by id or name; empty when the reference names none. */
async function orgChainOfRef(tx: Tx, ref: string) {
  const id = await orgIdOf(tx, ref)
  return id === null ? [] : orgChain(tx, id)
}

async function emitIncident(u: Unit, type: 'incident.reported' | 'incident.updated', row: store.IncidentRow): Promise<IncidentView> {
  const marking = await loadMarking(u.tx, row.marking_id)
  const view = toView(row, marking, await visibleToText(u.tx, marking), u.now)
  await u.emit({ type, markingId: row.marking_id, marking, exerciseId: row.exercise_id, subject: { incidentId: row.id }, payload: view })
  return view
}

/**
 * Reports an incident for the caller's organization (or one under it).
 * @example reportIncident(deps, poc, { title: 'Wiper at a substation', tlp: 'AMBER', audienceOrgs: [nationId], … })
 */
export async function reportIncident(deps: Deps, actor: Actor, input: IncidentInput): Promise<IncidentView> {
  validateIncidentVocabulary(input)
  if (input.rsitType === undefined) throw unprocessable('unknown_rsit_type', 'rsitType is required', '/rsitType')
  return unitOfWork(deps, async (u) => {
    const chain = input.orgId === undefined ? await orgChain(u.tx, actor.orgId) : await orgChainOfRef(u.tx, input.orgId)
    if (chain.length === 0) throw unprocessable('bad_org', 'orgId names no organization', '/orgId')
    if (!incidentPermissions.may(actor, 'report', { orgChain: chain.map((o) => o.id) }))
      throw forbidden('Analysts, points of contact and admins of a member nation report incidents, for their own organization or one under it')
    const nation = chain.find((o) => o.kind === 'nation')
    if (!nation) throw unprocessable('bad_org', 'Incidents are reported by a nation or an organization under it', '/orgId')
    const orgId = chain[0]!.id
    const asked = await markingFor(u.tx, actor, orgId, input)
    const marking = input.shareWithNation === false ? asked : await withNationDefaults(u.tx, asked, nation.id)
    const markingId = await saveMarking(u.tx, marking, u.at)
    const awareAt = isoOrNull(input.awareAt) ?? isoOrNull(input.detectedAt) ?? u.at
    if (awareAt > u.at) throw unprocessable('aware_in_future', 'The moment of awareness cannot be in the future', '/awareAt')
    const row: store.IncidentRow = {
      id: newId(),
      org_id: orgId,
      nation_id: nation.id,
      reported_by: actor.userId,
      title: input.title,
      summary: input.summary,
      sectors: JSON.stringify(input.sectors),
      rsit_class: input.rsitClass,
      rsit_type: input.rsitType,
      severity: input.severity,
      malicious: input.malicious ? 1 : 0,
      cross_border: input.crossBorder ? 1 : 0,
      status: 'open',
      detected_at: isoOrNull(input.detectedAt),
      started_at: isoOrNull(input.startedAt),
      reported_at: u.at,
      aware_at: awareAt,
      early_warning_at: null,
      notification_at: null,
      final_report_at: null,
      attack_ids: JSON.stringify(input.attackIds ?? []),
      intel_ids: JSON.stringify(input.intelIds ?? []),
      marking_id: markingId,
      created_at: u.at,
      updated_at: u.at,
      exercise_id: actor.exerciseId,
    }
    await store.insertIncident(u.tx, row)
    await armNis2Stages(u.tx, row, u.now)
    await u.audit(actor, 'incident.report', row.id, { tlp: input.tlp, severity: input.severity, shareWithNation: input.shareWithNation !== false })
    return emitIncident(u, 'incident.reported', row)
  })
}

async function editable(tx: Tx, actor: Actor, id: string): Promise<store.IncidentRow> {
  const row = await store.findVisibleIncident(tx, scopeOfActor(actor), id)
  if (!row) throw notFound('Incident')
  if (!incidentPermissions.may(actor, 'edit', { orgId: row.org_id, nationId: row.nation_id })) throw forbidden('The reporting organization and its nation\u2019s points of contact change an incident')
  return row
}

export async function updateIncident(deps: Deps, actor: Actor, id: string, patch: IncidentPatch): Promise<IncidentView> {
  return unitOfWork(deps, async (u) => {
    const row = await editable(u.tx, actor, id)
    const rsitClass = patch.rsitClass ?? row.rsit_class
    validateIncidentVocabulary({ ...patch, rsitClass, rsitType: patch.rsitType ?? (patch.rsitClass !== undefined ? row.rsit_type : undefined) })
    const set: Partial<store.IncidentRow> = { updated_at: u.at }
    if (patch.title !== undefined) set.title = patch.title
    if (patch.summary !== undefined) set.summary = patch.summary
    if (patch.sectors !== undefined) set.sectors = JSON.stringify(patch.sectors)
    if (patch.rsitClass !== undefined) set.rsit_class = patch.rsitClass
    if (patch.rsitType !== undefined) set.rsit_type = patch.rsitType
    if (patch.severity !== undefined) set.severity = patch.severity
    if (patch.malicious !== undefined) set.malicious = patch.malicious ? 1 : 0
    if (patch.crossBorder !== undefined) set.cross_border = patch.crossBorder ? 1 : 0
    if (patch.detectedAt !== undefined) set.detected_at = isoOrNull(patch.detectedAt)
    if (patch.startedAt !== undefined) set.started_at = isoOrNull(patch.startedAt)
    if (patch.attackIds !== undefined) set.attack_ids = JSON.stringify(patch.attackIds)
    if (patch.intelIds !== undefined) set.intel_ids = JSON.stringify(patch.intelIds)
    for (const [field, column] of [['earlyWarningAt', 'early_warning_at'], ['notificationAt', 'notification_at'], ['finalReportAt', 'final_report_at']] as const) {
      const v = patch[field]
      if (v === undefined) continue
      if (v !== null && Date.parse(v) < Date.parse(row.aware_at)) throw unprocessable('report_before_awareness', `${field} cannot precede the moment of awareness`, `/${field}`)
      set[column] = isoOrNull(v)
    }
    await store.updateIncident(u.tx, id, set)
    if (set.notification_at !== undefined && set.notification_at !== row.notification_at) await rearmFinalReport(u.tx, { ...row, ...set }, u.now)
    await u.audit(actor, 'incident.update', id, { fields: Object.keys(patch) })
    return emitIncident(u, 'incident.updated', { ...row, ...set })
  })
}

/** open → contained → recovered → closed (and back to open); an illegal move is a 409 naming the current status. */
export async function changeStatus(deps: Deps, actor: Actor, id: string, to: IncidentStatus): Promise<IncidentView> {
  return unitOfWork(deps, async (u) => {
    const row = await editable(u.tx, actor, id)
    const status = transitionIncident(row.status as IncidentStatus, to)
    await store.updateIncident(u.tx, id, { status, updated_at: u.at })
    await u.audit(actor, 'incident.status', id, { from: row.status, to: status })
    return emitIncident(u, 'incident.updated', { ...row, status, updated_at: u.at })
  })
}

/** The incident's participants (the reporting side and accepted helpers) add to its timeline; observers never. */
export async function addTimelineEntry(deps: Deps, actor: Actor, id: string, input: TimelineInput): Promise<IncidentView> {
  return unitOfWork(deps, async (u) => {
    const row = await store.findVisibleIncident(u.tx, scopeOfActor(actor), id)
    if (!row) throw notFound('Incident')
    const subject = { orgId: row.org_id, nationId: row.nation_id, helperOrgs: await acceptedHelperOrgs(u.tx, id) }
    if (!incidentPermissions.may(actor, 'timeline', subject)) throw forbidden('Only the incident’s participants (the reporting side and accepted helpers) add to its timeline')
    await store.insertTimeline(u.tx, { id: newId(), incident_id: id, at: u.at, happened_at: isoOrNull(input.happenedAt) ?? u.at, author: actor.userId, author_org: actor.orgId, text: input.text, exercise_id: row.exercise_id })
    await store.updateIncident(u.tx, id, { updated_at: u.at })
    await u.audit(actor, 'incident.timeline', id, {})
    return emitIncident(u, 'incident.updated', { ...row, updated_at: u.at })
  })
}

function mayRead(actor: Actor): void {
  if (!incidentPermissions.may(actor, 'read', {})) throw forbidden('Your roles do not include reading incidents')
}

/** One incident with its NIS2 clock and timeline; reading a RED or AMBER+STRICT one is audited. */
export async function getIncident(deps: Deps, actor: Actor, id: string): Promise<IncidentView> {
  mayRead(actor)
  return unitOfWork(deps, async (u) => {
    const row = await store.findVisibleIncident(u.tx, scopeOfActor(actor), id)
    if (!row) throw notFound('Incident')
    const marking = await loadMarking(u.tx, row.marking_id)
    if (AUDITED_READS.includes(marking.tlp)) await u.audit(actor, 'incident.read', id, { tlp: marking.tlp })
    return toView(row, marking, await visibleToText(u.tx, marking), u.now, await store.timelineOf(u.tx, id))
  })
}

export async function listIncidents(deps: Deps, actor: Actor, q: IncidentQuery, after: store.IncidentKey | null = null): Promise<IncidentView[]> {
  mayRead(actor)
  const rows = await store.listVisibleIncidents(deps.db, scopeOfActor(actor), { ...(q.status ? { status: q.status } : {}), limit: q.limit, after })
  const markings = await loadMarkings(deps.db, rows.map((r) => r.marking_id))
  const now = deps.clock.now()
  const texts = await visibleToTexts(deps.db, rows.map((r) => markings.get(r.marking_id)!))
  return rows.map((r, i) => toView(r, markings.get(r.marking_id)!, texts[i]!, now))
}

/** The originator adds organizations or users to the audience (never removes); see audience.ts. */
export async function widenIncidentAudience(deps: Deps, actor: Actor, id: string, add: AudienceAddition): Promise<IncidentView> {
  const { row, marking } = await widenAudience(deps, actor, id, add)
  return toView(row, marking, await visibleToText(deps.db, marking), deps.clock.now())
}

/** What an assistance request needs to know of its incident, if it is in the actor's scope. */
export async function incidentForRequest(tx: Tx | Db, actor: Actor, id: string) {
  const row = await store.findVisibleIncident(tx, scopeOfActor(actor), id)
  if (!row) return null
  return { id: row.id, exerciseId: row.exercise_id, nationId: row.nation_id, orgId: row.org_id, severity: row.severity, sectors: list(row.sectors), markingId: row.marking_id, marking: await loadMarking(tx, row.marking_id) }
}

/** What the hub itself needs of an incident to match helpers (its marking and sectors); never shown as such. */
export async function incidentFacts(tx: Tx, id: string): Promise<{ markingId: string; marking: Marking; sectors: string[]; severity: number } | null> {
  const row = await store.findIncident(tx, id)
  return row ? { markingId: row.marking_id, marking: await loadMarking(tx, row.marking_id), sectors: list(row.sectors), severity: row.severity } : null
}

/**
 * Lets an accepted helper see the incident at its own marking: a new marking row with the helper
 * organization added (AMBER, AMBER+STRICT) or the helper's named users added (RED); a shared row
 * is never changed. CLEAR and GREEN already reach every member.
 */
export async function widenForHelper(u: Unit, incidentId: string, helper: { orgId: string; userIds: readonly string[] }): Promise<{ tlp: Tlp; markingId: string; added: string[] }> {
  const row = await store.findIncident(u.tx, incidentId)
  if (!row) throw notFound('Incident')
  const m = await loadMarking(u.tx, row.marking_id)
  let widened: Marking
  let added: string[]
  if (m.tlp === 'AMBER' || m.tlp === 'AMBER+STRICT') {
    added = m.audienceOrgs.includes(helper.orgId) ? [] : [helper.orgId]
    widened = { ...m, audienceOrgs: [...m.audienceOrgs, ...added] }
  } else if (m.tlp === 'RED') {
    added = helper.userIds.filter((x) => !m.audienceUsers.includes(x))
    widened = { ...m, audienceUsers: [...m.audienceUsers, ...added] }
  } else {
    return { tlp: m.tlp, markingId: row.marking_id, added: [] }
  }
  if (added.length === 0) return { tlp: m.tlp, markingId: row.marking_id, added }
  const markingId = await saveMarking(u.tx, widened, u.at)
  await store.updateIncident(u.tx, incidentId, { marking_id: markingId })
  return { tlp: m.tlp, markingId, added }
}
