import { forbidden, notFound, unprocessable } from '../../core/errors'
import { newId } from '../../core/ids'
import { loadMarking, saveMarking } from '../../store/marking.store'
import type { Tx } from '../../store/tx'
import type { Marking } from '../../tlp'
import type { Deps } from '../deps'
import { findNationByCountry, orgChain, orgIdOf, scopeOfActor, type Actor } from '../members'
import { unitOfWork } from '../unit-of-work'
import { capabilityPermissions } from './capability.permissions'
import { validateCapabilityInput } from './capability.rules'
import type { CapabilityInput, CapabilityQuery, CapabilityView, StandbyInput } from './capability.schema'
import * as store from './capability.store'

/**
 * The marking of a capability: GREEN for every member, or AMBER with the chosen nations and the
 * lending nation as audience. AMBER reaches each audience organization and everything under it
 * as the tree is when the capability is read, so an organization admitted under a chosen nation
 * later sees it too (an audience frozen at save time would not).
 */
async function capabilityMarking(tx: Tx, actor: Actor, orgId: string, nationId: string, visibleTo: readonly string[] | undefined): Promise<Marking> {
  if (visibleTo === undefined) return { tlp: 'GREEN', audienceOrgs: [], audienceUsers: [], originatorOrg: orgId, originatorUser: actor.userId }
  const audience = new Set([nationId])
  for (const [i, country] of visibleTo.entries()) {
    const nation = await findNationByCountry(tx, country)
    if (!nation) throw unprocessable('unknown_nation', `${country} is not a member nation`, `/visibleTo/${i}`)
    audience.add(nation.id)
  }
  return { tlp: 'AMBER', audienceOrgs: [...audience], audienceUsers: [], originatorOrg: orgId, originatorUser: actor.userId }
}

const lenderOf = (chain: readonly { id: string; kind: string }[]) => ({ lenderChain: chain.map((o) => o.id), lenderNation: chain.find((o) => o.kind === 'nation')?.id ?? null })

/** The lending organization, named by id or name, and its nation; a 422 at /orgId when it names none. */
async function lendingOrg(tx: Tx, actor: Actor, ref: string): Promise<{ orgId: string; nationId: string }> {
  const orgId = await orgIdOf(tx, ref)
  const chain = orgId === null ? [] : await orgChain(tx, orgId)
  if (chain.length === 0) throw unprocessable('bad_org', 'orgId names no organization', '/orgId')
  if (!capabilityPermissions.may(actor, 'manage', lenderOf(chain)))
    throw forbidden('Only a point of contact (at the nation or its CERT) or an admin of a nation declares capabilities, for its nation or the organizations under it')
  const nation = chain.find((o) => o.kind === 'nation')
  if (!nation) throw unprocessable('bad_org', 'Capabilities are lent by a nation or an organization under it', '/orgId')
  return { orgId: chain[0]!.id, nationId: nation.id }
}

function rowOf(input: CapabilityInput) {
  return {
    category: input.category,
    description: input.description,
    capacity: input.capacity,
    languages: JSON.stringify(input.languages),
    delivery: input.delivery,
    response_hours: input.responseHours,
    sectors: JSON.stringify(input.sectors),
    working_hours: JSON.stringify(input.workingHours),
    serves: JSON.stringify(input.serves ?? {}),
    visible_to: JSON.stringify(input.visibleTo ?? null),
  }
}

async function reread(tx: Tx, actor: Actor, id: string): Promise<CapabilityView> {
  const row = await store.findVisibleCapability(tx, scopeOfActor(actor), id)
  if (!row) throw notFound('Capability')
  return store.toCapabilityView(row)
}

/**
 * Declares what a nation lends.
 * @example declareCapability(deps, poc, { category: 'malware-analysis', capacity: 2, … })
 */
export async function declareCapability(deps: Deps, actor: Actor, input: CapabilityInput): Promise<CapabilityView> {
  validateCapabilityInput(input)
  return unitOfWork(deps, async (u) => {
    const { orgId, nationId } = await lendingOrg(u.tx, actor, input.orgId ?? actor.orgId)
    const marking = await capabilityMarking(u.tx, actor, orgId, nationId, input.visibleTo)
    const markingId = await saveMarking(u.tx, marking, u.at)
    const id = newId()
    await store.insertCapability(u.tx, {
      id,
      org_id: orgId,
      nation_id: nationId,
      ...rowOf(input),
      standby_from: null,
      standby_until: null,
      marking_id: markingId,
      created_by: actor.userId,
      created_at: u.at,
      updated_at: u.at,
      exercise_id: actor.exerciseId,
    })
    await u.audit(actor, 'capability.declare', id, { orgId, category: input.category, capacity: input.capacity })
    const view = await reread(u.tx, actor, id)
    // Told to those the capability is shown to: its own marking.
    await u.emit({ type: 'capability.declared', markingId, marking, exerciseId: actor.exerciseId, subject: { objectId: id }, payload: view })
    return view
  })
}

async function managedCapability(tx: Tx, actor: Actor, id: string): Promise<store.CapabilityRow> {
  const row = await store.findVisibleCapability(tx, scopeOfActor(actor), id)
  if (!row) throw notFound('Capability')
  if (!capabilityPermissions.may(actor, 'manage', lenderOf(await orgChain(tx, row.org_id)))) throw forbidden('Only the lending nation\u2019s points of contact and admins change a capability')
  return row
}

/** Replaces a capability's description; a new marking row is written, never a shared one changed. */
export async function updateCapability(deps: Deps, actor: Actor, id: string, input: CapabilityInput): Promise<CapabilityView> {
  validateCapabilityInput(input)
  return unitOfWork(deps, async (u) => {
    const row = await managedCapability(u.tx, actor, id)
    if (input.orgId !== undefined && (await orgIdOf(u.tx, input.orgId)) !== row.org_id) throw unprocessable('org_immutable', 'A capability stays with the organization that lends it', '/orgId')
    const markingId = await saveMarking(u.tx, await capabilityMarking(u.tx, actor, row.org_id, row.nation_id, input.visibleTo), u.at)
    await store.updateCapability(u.tx, id, { ...rowOf(input), marking_id: markingId, updated_at: u.at })
    await u.audit(actor, 'capability.update', id, { category: input.category, capacity: input.capacity })
    return reread(u.tx, actor, id)
  })
}

/** Puts a capability on standby for a period (a rota); standby raises it in matching. */
export async function setStandby(deps: Deps, actor: Actor, id: string, input: StandbyInput | null): Promise<CapabilityView> {
  if (input !== null && Date.parse(input.until) <= Date.parse(input.from))
    throw unprocessable('standby_ends_before_start', 'A standby period ends after it starts', '/until')
  return unitOfWork(deps, async (u) => {
    const row = await managedCapability(u.tx, actor, id)
    await store.updateCapability(u.tx, id, {
      standby_from: input === null ? null : new Date(input.from).toISOString(),
      standby_until: input === null ? null : new Date(input.until).toISOString(),
      updated_at: u.at,
    })
    await u.audit(actor, input === null ? 'capability.standby.clear' : 'capability.standby', id, input === null ? {} : { ...input })
    const view = await reread(u.tx, actor, id)
    await u.emit({ type: 'capability.standby', markingId: row.marking_id, marking: await loadMarking(u.tx, row.marking_id), exerciseId: row.exercise_id, subject: { objectId: id }, payload: view })
    return view
  })
}

const NO_LENDER = { lenderChain: [], lenderNation: null }

/** The catalogue as the caller may see it. */
export async function listCapabilities(deps: Deps, actor: Actor, q: CapabilityQuery): Promise<CapabilityView[]> {
  if (!capabilityPermissions.may(actor, 'read', NO_LENDER)) throw forbidden('Your roles do not include reading capabilities')
  let nationId: string | undefined
  if (q.nation !== undefined) {
    const nation = await findNationByCountry(deps.db, q.nation)
    if (!nation) return []
    nationId = nation.id
  }
  const rows = await store.listVisibleCapabilities(deps.db, scopeOfActor(actor), { category: q.category, nationId, limit: q.limit })
  return rows.map(store.toCapabilityView)
}

export async function getCapability(deps: Deps, actor: Actor, id: string): Promise<CapabilityView> {
  if (!capabilityPermissions.may(actor, 'read', NO_LENDER)) throw forbidden('Your roles do not include reading capabilities')
  const row = await store.findVisibleCapability(deps.db, scopeOfActor(actor), id)
  if (!row) throw notFound('Capability')
  return store.toCapabilityView(row)
}
