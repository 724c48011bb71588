import type { Db } from '../../store/db'
import type { Tx } from '../../store/tx'

type Q = Db | Tx

/** The CERTs a nation has admitted (its organizations of kind `cert`). */
export async function certsOfNation(q: Q, nationId: string): Promise<string[]> {
  return (await q.selectFrom('org').select('id').where('parent_id', '=', nationId).where('kind', '=', 'cert').orderBy('name').execute()).map((r) => r.id)
}

/** The enabled points of contact of an organization. */
export async function pocsOf(q: Q, orgId: string): Promise<string[]> {
  const rows = await q.selectFrom('app_user').select(['id', 'roles']).where('org_id', '=', orgId).where('disabled_at', 'is', null).orderBy('created_at').execute()
  return rows.filter((r) => r.roles.split(',').includes('poc')).map((r) => r.id)
}

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
