/** Who can see a marked object, said with the names of the organizations and users in its audience. */
import type { Db } from '../../store/db'
import type { Tx } from '../../store/tx'
import { describeVisibility, type Marking } from '../../tlp'

type Q = Db | Tx

/** Names of organizations and users, for saying in words who can see something. */
export async function namesOf(q: Q, orgIds: readonly string[], userIds: readonly string[]): Promise<{ orgs: Map<string, string>; users: Map<string, string> }> {
  const orgs = new Map<string, string>()
  const users = new Map<string, string>()
  const o = [...new Set(orgIds)]
  const u = [...new Set(userIds)]
  for (let i = 0; i < o.length; i += 500) {
    for (const r of await q.selectFrom('org').select(['id', 'name']).where('id', 'in', o.slice(i, i + 500)).execute()) orgs.set(r.id, r.name)
  }
  for (let i = 0; i < u.length; i += 500) {
    for (const r of await q.selectFrom('app_user').select(['id', 'display_name', 'email']).where('id', 'in', u.slice(i, i + 500)).execute()) users.set(r.id, `${r.display_name} <${r.email}>`)
  }
  return { orgs, users }
}

/** `visibleTo` of each marking (see describeVisibility), with organizations and users named. */
export async function visibleToTexts(q: Q, markings: readonly Marking[]): Promise<string[]> {
  const names = await namesOf(
    q,
    markings.flatMap((m) => [m.originatorOrg, ...m.audienceOrgs]),
    markings.flatMap((m) => [...(m.originatorUser === null ? [] : [m.originatorUser]), ...m.audienceUsers]),
  )
  const resolver = { org: (id: string) => names.orgs.get(id) ?? id, user: (id: string) => names.users.get(id) ?? id }
  return markings.map((m) => describeVisibility(m, resolver))
}

export const visibleToText = async (q: Q, m: Marking): Promise<string> => (await visibleToTexts(q, [m]))[0]!
