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
