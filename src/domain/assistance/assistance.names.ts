/**
 * Assistance answers with organization names beside the ids they already show (providers of
 * offers and candidates, the requesting organization): one names query per answer. Organization
 * names are the public member directory, so naming an id the answer shows reveals nothing more.
 */
import { Type, type Static } from 'typebox'
import type { Db } from '../../store/db'
import { nameIn, namesOf } from '../members'
import { CandidateOfferView, CandidatesView, OfferView, RequestView, SanitizedRequestView } from './assistance.schema'

const OrgName = (what: string) => Type.Union([Type.String(), Type.Null()], { description: `${what}\u2019s name (null if unknown)` })

export const NamedOfferView = Type.Object({ ...OfferView.properties, providerOrgName: OrgName('the providing organization') })
export const NamedCandidateOfferView = Type.Object({ ...CandidateOfferView.properties, providerOrgName: OrgName('the providing organization') })
export type NamedCandidateOfferView = Static<typeof NamedCandidateOfferView>
export const NamedRequestView = Type.Object({ ...RequestView.properties, requesterOrgName: OrgName('the requesting organization'), offers: Type.Array(NamedOfferView) })
export type NamedRequestView = Static<typeof NamedRequestView>

const CandidateRequestView = Type.Object({ ...SanitizedRequestView.properties, view: Type.Literal('candidate'), offers: Type.Array(NamedCandidateOfferView) })
const EscalatedRequestView = Type.Object({ ...SanitizedRequestView.properties, view: Type.Literal('escalation'), state: Type.String() })
/** A request as whoever asks may see it (AnyRequestView), with names. */
export const NamedAnyRequestView = Type.Union([NamedRequestView, CandidateRequestView, EscalatedRequestView])
type NamedAnyRequestView = Static<typeof NamedAnyRequestView>

const RankedItem = CandidatesView.properties.ranked.items
export const NamedCandidatesView = Type.Object({
  ...CandidatesView.properties,
  ranked: Type.Array(Type.Object({ ...RankedItem.properties, orgName: OrgName('the candidate organization') })),
})
export type NamedCandidatesView = Static<typeof NamedCandidatesView>

type Offer = Static<typeof OfferView>
type Request = Static<typeof RequestView>
type Candidates = Static<typeof CandidatesView>
type AnyRequest = Request | Omit<Static<typeof CandidateRequestView>, 'offers'> & { offers: Static<typeof CandidateOfferView>[] } | Static<typeof EscalatedRequestView>

const offerOrgs = (offers: readonly Offer[]) => offers.map((o) => o.providerOrg)

export async function namedOffers<T extends Offer>(db: Db, offers: readonly T[]): Promise<(T & { providerOrgName: string | null })[]> {
  const { orgs } = await namesOf(db, { orgIds: offerOrgs(offers) })
  return offers.map((o) => ({ ...o, providerOrgName: nameIn(orgs, o.providerOrg) }))
}

export async function namedOffer<T extends Offer>(db: Db, offer: T): Promise<T & { providerOrgName: string | null }> {
  return (await namedOffers(db, [offer]))[0]!
}

export async function namedRequests(db: Db, requests: readonly Request[]): Promise<NamedRequestView[]> {
  const { orgs } = await namesOf(db, { orgIds: requests.flatMap((r) => [r.requesterOrg, ...offerOrgs(r.offers)]) })
  return requests.map((r) => ({
    ...r,
    requesterOrgName: nameIn(orgs, r.requesterOrg),
    offers: r.offers.map((o) => ({ ...o, providerOrgName: nameIn(orgs, o.providerOrg) })),
  }))
}

export async function namedRequest(db: Db, request: Request): Promise<NamedRequestView> {
  return (await namedRequests(db, [request]))[0]!
}

/** Any view of a request: the requester's in full, a candidate's (its own offers), a coordinator's (no organizations). */
export async function namedAnyRequest(db: Db, view: AnyRequest): Promise<NamedAnyRequestView> {
  if (!('view' in view)) return namedRequest(db, view)
  if (view.view === 'escalation') return view
  return { ...view, offers: await namedOffers(db, view.offers) }
}

export async function namedCandidates(db: Db, c: Candidates): Promise<NamedCandidatesView> {
  const { orgs } = await namesOf(db, { orgIds: c.ranked.map((r) => r.orgId) })
  return { ...c, ranked: c.ranked.map((r) => ({ ...r, orgName: nameIn(orgs, r.orgId) })) }
}
