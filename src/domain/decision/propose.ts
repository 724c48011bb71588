/**
 * Checking a proposal before anything is written: its subject must be something the proposer may
 * see in its world, its addressees real organizations, its procedure's rule sound, and what its
 * kind needs present. Reads only (through deps.db, before the unit of work opens).
 */
import { unprocessable } from '../../core/errors'
import type { Db } from '../../store/db'
import { STIX_ID } from '../incident'
import { incidents } from '../incident'
import { findHub, orgIdsOf, type Actor } from '../members'
import { scopeOfActor } from '../members'
import { isCapabilityCategory, isLanguageCode, isUrgency, unknownValue } from '../vocab'
import type { ProposalParams } from './decision.rows'
import type { ProposalInput, SubjectKind } from './decision.schema'
import * as store from './decision.store'
import type { MajorityRule } from './procedures'

export interface Checked {
  subjectKind: SubjectKind
  subjectIds: string[]
  addressees: string[]
  consentOf: string[]
  params: ProposalParams
  rule: MajorityRule | null
  deadline: string
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

const subjectRefused = (message: string, pointer = '/subjectIds') => unprocessable('decision_subject', message, pointer)

export async function checkProposal(db: Db, actor: Actor, input: ProposalInput, now: Date): Promise<Checked> {
  const deadlineMs = Date.parse(input.deadline)
  if (!(deadlineMs > now.getTime())) throw unprocessable('decision_deadline_past', 'The deadline must be in the future', '/deadline')
  if ((input.widen !== undefined) !== (input.kind === 'widen_marking')) throw unprocessable('decision_params', 'widen goes with (and only with) kind widen_marking', '/widen')
  if ((input.deployment !== undefined) !== (input.kind === 'deploy_team')) throw unprocessable('decision_params', 'deployment goes with (and only with) kind deploy_team', '/deployment')
  const subjectKind = input.subjectKind ?? 'none'
  const subjectIds = input.subjectIds ?? []
  if (subjectKind === 'none' && subjectIds.length > 0) throw subjectRefused('A proposal about nothing names no subject ids')
  if (subjectKind !== 'none' && subjectIds.length === 0) throw subjectRefused(`Name the ${subjectKind} the proposal is about`)
  const needs: Partial<Record<ProposalInput['kind'], SubjectKind>> = { widen_marking: 'intel', disclose_correlation: 'correlation', deploy_team: 'incident' }
  const needed = needs[input.kind]
  if (needed !== undefined && subjectKind !== needed) throw subjectRefused(`A ${input.kind} proposal is about ${needed === 'intel' ? 'intel objects' : `a ${needed}`}`, '/subjectKind')

  let addressees = await orgIdsOf(db, input.addressees ?? [], '/addressees')
  const hubId = (await findHub(db))?.id
  let consentOf: string[] = []
  const params: ProposalParams = {}
  const scope = scopeOfActor(actor)

  if (subjectKind === 'incident' || subjectKind === 'assistance_request' || subjectKind === 'correlation') {
    if (subjectIds.length !== 1) throw subjectRefused(`A proposal is about one ${subjectKind}`)
  }
  if (subjectKind === 'incident') {
    const incident = await incidents.incidentForRequest(db, actor, subjectIds[0]!)
    if (!incident) throw subjectRefused('No incident with that id is visible to you', '/subjectIds/0')
    if (input.deployment) {
      const d = input.deployment
      if (!isCapabilityCategory(d.category)) throw unknownValue('unknown_category', 'capability-categories', d.category, 'a capability category', '/deployment/category')
      if (!isUrgency(d.urgency)) throw unknownValue('unknown_urgency', 'urgencies', d.urgency, 'an urgency (critical, high, medium, low)', '/deployment/urgency')
      d.languages.forEach((l, i) => {
        if (!isLanguageCode(l)) throw unknownValue('unknown_language', 'languages', l, 'an ISO 639-1 language code', `/deployment/languages/${i}`)
      })
      params.deployment = { ...d, nationId: incident.nationId, exerciseId: incident.exerciseId }
    }
  }
  if (subjectKind === 'assistance_request') {
    const incidentId = await store.incidentOfRequest(db, actor.exerciseId, subjectIds[0]!)
    // A request is as visible as its incident.
    if (incidentId === null || !(await incidents.incidentForRequest(db, actor, incidentId))) throw subjectRefused('No assistance request with that id is visible to you', '/subjectIds/0')
  }
  if (subjectKind === 'intel') {
    subjectIds.forEach((id, i) => {
      if (!STIX_ID.test(id)) throw unprocessable('bad_intel_id', `"${id}" is not a STIX identifier`, `/subjectIds/${i}`)
    })
    const held = await store.visibleIntelHolders(db, scope, subjectIds)
    const missing = subjectIds.findIndex((id) => !held.some((h) => h.id === id))
    if (missing >= 0) throw subjectRefused('No intel object with that id is visible to you', `/subjectIds/${missing}`)
    if (input.widen) {
      // The copy widened is the proposer's own organization's when it holds one, else the one holder's.
      const holders = [...new Set(held.map((h) => h.orgId))]
      const holder = holders.includes(actor.orgId) && subjectIds.every((id) => held.some((h) => h.id === id && h.orgId === actor.orgId)) ? actor.orgId : holders.length === 1 ? holders[0]! : null
      if (holder === null) throw subjectRefused('These objects are held by several organizations: propose a widening per originator')
      consentOf = [holder]
      addressees = [...new Set([holder, ...addressees])]
      params.widen = { tlp: input.widen.tlp, addOrgs: await orgIdsOf(db, input.widen.addOrgs, '/widen/addOrgs') }
    }
  }
  if (subjectKind === 'correlation') {
    const id = subjectIds[0]!
    if (!UUID.test(id)) throw subjectRefused('A correlation id is a UUID', '/subjectIds/0')
    if (addressees.length > 0) throw unprocessable('decision_addressees', 'A disclosure is put to the correlation’s holders by the hub: name no addressees', '/addressees')
    const holders = (await store.correlationHolders(db, actor.exerciseId, id)).map((h) => h.orgId)
    // Only a holder or the hub's coordinators (whom a hidden match says to ask) may ask; to anyone else it does not exist.
    if (holders.length < 2 || !(actor.orgKind === 'hub' || holders.includes(actor.orgId))) throw subjectRefused('No correlation with that id is known to you', '/subjectIds/0')
    addressees = holders
    consentOf = holders
  }
  if (addressees.length === 0) throw unprocessable('decision_addressees', 'Name the nations or organizations the proposal is put to', '/addressees')
  const hubAt = addressees.findIndex((a) => a === hubId)
  if (hubAt >= 0) throw unprocessable('decision_addressees', 'The hub itself answers no proposal: address nations or organizations', `/addressees/${hubAt}`)

  let rule: MajorityRule | null = null
  if (input.procedure === 'majority') {
    const m = input.majority
    if (!m) throw unprocessable('decision_majority_rule', 'A majority proposal needs its quorum and threshold', '/majority')
    if (m.thresholdNum > m.thresholdDen) throw unprocessable('decision_majority_rule', 'The threshold is a share: thresholdNum at most thresholdDen', '/majority/thresholdNum')
    if (m.quorum > addressees.length) throw unprocessable('decision_majority_rule', `The quorum is at most the ${addressees.length} addressees`, '/majority/quorum')
    rule = { quorum: m.quorum, thresholdNum: m.thresholdNum, thresholdDen: m.thresholdDen, thresholdOf: m.thresholdOf ?? 'addressees' }
  } else if (input.majority !== undefined) {
    throw unprocessable('decision_majority_rule', `A ${input.procedure} proposal takes no majority rule`, '/majority')
  }
  return { subjectKind, subjectIds, addressees, consentOf, params, rule, deadline: new Date(deadlineMs).toISOString() }
}
