import { forbidden } from '../../core/errors'
import type { Deps } from '../deps'
import type { Actor } from '../members'
import { orgSubtree } from '../members'
import { auditPermissions } from './audit.permissions'
import { verifyChain, type AuditEntry, type VerifyResult } from './audit'
import { listAudit, readChain } from './audit.store'

/** The hub's admins read the whole trail; a member's admin reads what its own people did. */
export async function readAudit(deps: Deps, actor: Actor, q: { afterSeq?: number; limit: number; subject?: string }): Promise<AuditEntry[]> {
  if (!auditPermissions.may(actor, 'read', {})) throw forbidden('Only admins read the audit trail')
  const actorOrgs = actor.orgKind === 'hub' ? null : await orgSubtree(deps.db, actor.orgId)
  return listAudit(deps.db, { ...q, actorOrgs })
}

export async function verifyAudit(deps: Deps): Promise<VerifyResult> {
  return verifyChain(readChain(deps.db))
}

/** The whole chain, verified for an admin of the hub (the CLI, on the hub's machine, calls verifyAudit). */
export async function verifyAuditAs(deps: Deps, actor: Actor): Promise<VerifyResult> {
  if (!auditPermissions.may(actor, 'verify', {})) throw forbidden('Only the hub\u2019s admins verify the whole chain')
  return verifyAudit(deps)
}
