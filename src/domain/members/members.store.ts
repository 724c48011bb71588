import type { Db } from '../../store/db'
import type { Tx } from '../../store/tx'
import { parseRoles, type Org, type OrgKind, type User } from './members'

type Q = Db | Tx

const toOrg = (r: { id: string; name: string; kind: string; country: string | null; parent_id: string | null; created_at: string }): Org => ({
  id: r.id,
  name: r.name,
  kind: r.kind as OrgKind,
  country: r.country,
  parentId: r.parent_id,
  createdAt: r.created_at,
})

const toUser = (r: { id: string; org_id: string; email: string; display_name: string; roles: string; created_at: string; disabled_at: string | null }): User => ({
  id: r.id,
  orgId: r.org_id,
  email: r.email,
  displayName: r.display_name,
  roles: parseRoles(r.roles),
  createdAt: r.created_at,
  disabledAt: r.disabled_at,
})

export async function findOrg(q: Q, id: string): Promise<Org | null> {
  const r = await q.selectFrom('org').selectAll().where('id', '=', id).executeTakeFirst()
  return r ? toOrg(r) : null
}

export async function findHub(q: Q): Promise<Org | null> {
  const r = await q.selectFrom('org').selectAll().where('kind', '=', 'hub').executeTakeFirst()
  return r ? toOrg(r) : null
}

export async function findOrgByName(q: Q, name: string): Promise<Org | null> {
  const r = await q.selectFrom('org').selectAll().where('name', '=', name).executeTakeFirst()
  return r ? toOrg(r) : null
}

export async function findNationByCountry(q: Q, country: string): Promise<Org | null> {
  const r = await q.selectFrom('org').selectAll().where('kind', '=', 'nation').where('country', '=', country).executeTakeFirst()
  return r ? toOrg(r) : null
}

export async function listOrgs(q: Q): Promise<Org[]> {
  return (await q.selectFrom('org').selectAll().orderBy('created_at').orderBy('name').execute()).map(toOrg)
}

export async function insertOrg(q: Q, o: Org): Promise<void> {
  await q
    .insertInto('org')
    .values({ id: o.id, name: o.name, kind: o.kind, country: o.country, parent_id: o.parentId, created_at: o.createdAt })
    .execute()
}

/** The organization followed by its ancestors up to the root. */
export async function orgChain(q: Q, orgId: string): Promise<Org[]> {
  return chainOf(orgId, (id) => findOrg(q, id))
}

async function chainOf(orgId: string, find: (id: string) => Promise<Org | null>): Promise<Org[]> {
  const chain: Org[] = []
  let next: string | null = orgId
  while (next !== null && chain.length < 16) {
    const org = await find(next)
    if (!org) break
    chain.push(org)
    next = org.parentId
  }
  return chain
}

/**
 * Organizations as read through each store, kept for the life of the process. Safe because an
 * organization never changes once admitted: nothing updates or deletes an `org` row (its name,
 * kind, country and parent are fixed), so every process, CLI included, reads the same row for
 * ever. Whoever adds a change to an org row (re-parenting, renaming) must drop this cache (and
 * tell the other hub processes): authentication builds every request's org chain from it.
 * Only committed rows are kept (read outside any transaction), and a missing org is never kept.
 */
const committedOrgs = new WeakMap<Db, Map<string, Org>>()

/** orgChain() for authentication: no query once the chain's organizations have been read. */
export async function cachedOrgChain(db: Db, orgId: string): Promise<Org[]> {
  if (db.isTransaction) return orgChain(db, orgId)
  let known = committedOrgs.get(db)
  if (!known) committedOrgs.set(db, (known = new Map()))
  const orgs = known
  return chainOf(orgId, async (id) => {
    const hit = orgs.get(id)
    if (hit) return hit
    const org = await findOrg(db, id)
    if (org) orgs.set(id, org)
    return org
  })
}

/** The organization and every organization below it. */
export async function orgSubtree(q: Q, orgId: string): Promise<string[]> {
  const all = await q.selectFrom('org').select(['id', 'parent_id']).execute()
  const out = [orgId]
  for (let i = 0; i < out.length; i++) for (const o of all) if (o.parent_id === out[i]) out.push(o.id)
  return out
}

export async function findUser(q: Q, id: string): Promise<User | null> {
  const r = await q.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst()
  return r ? toUser(r) : null
}

export async function findUserByEmail(q: Q, email: string): Promise<User | null> {
  const r = await q.selectFrom('app_user').selectAll().where('email', '=', email).executeTakeFirst()
  return r ? toUser(r) : null
}

export async function listUsersOf(q: Q, orgIds: readonly string[] | null): Promise<User[]> {
  let query = q.selectFrom('app_user').selectAll().orderBy('created_at').orderBy('email')
  if (orgIds !== null) {
    if (orgIds.length === 0) return []
    query = query.where('org_id', 'in', [...orgIds])
  }
  return (await query.execute()).map(toUser)
}

export async function insertUser(q: Q, u: User): Promise<void> {
  await q
    .insertInto('app_user')
    .values({
      id: u.id,
      org_id: u.orgId,
      email: u.email,
      display_name: u.displayName,
      roles: u.roles.join(','),
      created_at: u.createdAt,
      disabled_at: u.disabledAt,
    })
    .execute()
}

export async function markUserDisabled(q: Q, id: string, at: string): Promise<void> {
  await q.updateTable('app_user').set({ disabled_at: at }).where('id', '=', id).where('disabled_at', 'is', null).execute()
}
