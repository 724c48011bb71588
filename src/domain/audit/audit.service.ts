import { forbidden } from '../../core/errors'
import type { Deps } from '../deps'
import type { Actor } from '../members'
import { nameIn, namesOf, orgSubtree } from '../members'
import { auditPermissions } from './audit.permissions'
import { verifyChain, type AuditEntry, type VerifyResult } from './audit'
import { listAudit, readChain } from './audit.store'
import { hiddenSubjects, idsNamedBy, withheldFrom } from './audit-subjects'

/**
 * The hub's admins read the whole trail; a member's admin reads what its own people did. Either
 * way an entry about a marked object the reader may not see keeps its place (seq, action, actor,
 * hashes) with the object withheld, and asking for such a subject by id finds nothing.
 */
export async function readAudit(deps: Deps, actor: Actor, q: { afterSeq?: number; limit: number; subject?: string }): Promise<NamedAuditEntry[]> {
  if (!auditPermissions.may(actor, 'read', {})) throw forbidden('Only admins read the audit trail')
  if (q.subject !== undefined && (await hiddenSubjects(deps.db, actor, [q.subject])).size > 0) return []
  const actorOrgs = actor.orgKind === 'hub' ? null : await orgSubtree(deps.db, actor.orgId)
  const entries = await listAudit(deps.db, { ...q, actorOrgs })
  const hidden = await hiddenSubjects(deps.db, actor, idsNamedBy(entries))
  return withNames(deps, hidden.size === 0 ? entries : entries.map((e) => withheldFrom(e, hidden)))
}

/** An entry with the names of its actor and the actor's organization, for people to read (not hashed). */
export type NamedAuditEntry = AuditEntry & { actorName: string | null; actorOrgName: string | null }

/** Names only the actors the entries already show by id: one query for the page, not per entry. */
async function withNames(deps: Deps, entries: readonly AuditEntry[]): Promise<NamedAuditEntry[]> {
  const names = await namesOf(deps.db, { userIds: entries.map((e) => e.actor), orgIds: entries.map((e) => e.actorOrg) })
  return entries.map((e) => ({ ...e, actorName: nameIn(names.users, e.actor), actorOrgName: nameIn(names.orgs, e.actorOrg) }))
}

export async function verifyAudit(deps: Deps): Promise<VerifyResult> {
  return verifyChain(readChain(deps.db))
}

/** The whole chain, verified for an admin of the hub (the CLI, on the hub's machine, calls verifyAudit). */
export async function verifyAuditAs(deps: Deps, actor: Actor): Promise<VerifyResult> {
  if (!auditPermissions.may(actor, 'verify', {})) throw forbidden('Only the hub\u2019s admins verify the whole chain')
  return verifyAudit(deps)
}
