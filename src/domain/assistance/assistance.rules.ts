import type { Actor } from '../members'
import type { Marking } from '../../tlp'
import type { OfferRow, RequestRow } from './assistance.store'

const hasAny = (a: Actor, roles: readonly string[]) => a.roles.some((r) => roles.includes(r))

/** Requests go through the nation: its point of contact submits what its agencies and partners draft. */
export const mayDraftFor = (a: Actor, nationId: string): boolean => a.nationId === nationId && hasAny(a, ['poc', 'admin', 'analyst'])
export const isNationPoc = (a: Actor, nationId: string): boolean => a.orgId === nationId && hasAny(a, ['poc'])

/** The requester: whoever drafted it, or the nation's points of contact and admins. */
export const isRequester = (a: Actor, r: Pick<RequestRow, 'created_by' | 'nation_id'>): boolean =>
  a.userId === r.created_by || (a.orgId === r.nation_id && hasAny(a, ['poc', 'admin']))

/** Within the receiving organization, whoever may report for it may rate the help (observers only read). */
export const mayRateAsRecipient = (a: Actor): boolean => hasAny(a, ['poc', 'admin', 'analyst'])

/** A provider's points of contact (or admins) answer its offers, as do those of its nation. */
export const mayAnswerOffer = (a: Actor, o: Pick<OfferRow, 'provider_org' | 'provider_nation'>): boolean =>
  hasAny(a, ['poc', 'admin']) && (a.orgId === o.provider_org || a.orgId === o.provider_nation)

/** Whoever works for the provider delivers. */
export const mayDeliver = (a: Actor, o: Pick<OfferRow, 'provider_org' | 'provider_nation'>): boolean =>
  a.orgId === o.provider_org || (a.orgId === o.provider_nation && hasAny(a, ['poc', 'admin']))

export const isHubCoordinator = (a: Actor): boolean => a.orgKind === 'hub' && hasAny(a, ['coordinator'])

/**
 * May a provider organization receive the incident once it accepts? Acceptance adds it to the
 * incident's audience at the incident's own marking, so for CLEAR, GREEN, AMBER and AMBER+STRICT
 * it always may. RED is shared with named people only: a provider with no point of contact or
 * admin to name cannot receive it, so it is not offered the request at all.
 */
export const mayReceiveMarking = (incident: Pick<Marking, 'tlp'>, namedUsersOfProvider: number): boolean =>
  incident.tlp !== 'RED' || namedUsersOfProvider > 0

/** Roles whose holders are named on a RED incident when their organization accepts. */
export const RED_NAMED_ROLES = ['poc', 'admin'] as const
