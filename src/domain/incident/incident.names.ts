/**
 * Incident answers with names beside the ids they already show: the reporting organization, its
 * nation, and each timeline entry's author and organization. One names query per answer.
 */
import { Type, type Static } from 'typebox'
import type { Db } from '../../store/db'
import { nameIn, namesOf } from '../members'
import { IncidentView, TimelineView } from './incident.schema'

const Name = (what: string) => Type.Union([Type.String(), Type.Null()], { description: `${what} (null if unknown)` })

const NamedTimelineView = Type.Object({
  ...TimelineView.properties,
  authorName: Name('the author\u2019s display name'),
  authorOrgName: Name('the author\u2019s organization\u2019s name'),
})

export const NamedIncidentView = Type.Object({
  ...IncidentView.properties,
  orgName: Name('the reporting organization\u2019s name'),
  nationName: Name('the reporting nation\u2019s name'),
  timeline: Type.Optional(Type.Array(NamedTimelineView)),
})
export type NamedIncidentView = Static<typeof NamedIncidentView>

export async function namedIncidents(db: Db, views: readonly IncidentView[]): Promise<NamedIncidentView[]> {
  const timelines = views.flatMap((v) => v.timeline ?? [])
  const names = await namesOf(db, {
    orgIds: [...views.flatMap((v) => [v.orgId, v.nationId]), ...timelines.map((e) => e.authorOrg)],
    userIds: timelines.map((e) => e.author),
  })
  const org = (id: string) => nameIn(names.orgs, id)
  return views.map(({ timeline, ...v }) => ({
    ...v,
    orgName: org(v.orgId),
    nationName: org(v.nationId),
    ...(timeline ? { timeline: timeline.map((e) => ({ ...e, authorName: nameIn(names.users, e.author), authorOrgName: org(e.authorOrg) })) } : {}),
  }))
}

export async function namedIncident(db: Db, view: IncidentView): Promise<NamedIncidentView> {
  return (await namedIncidents(db, [view]))[0]!
}
