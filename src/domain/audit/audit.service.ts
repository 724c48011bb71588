import { forbidden } from '../../core/errors'
import type { Deps } from '../deps'
import { hasRole, isHubAdmin, type Actor } from '../members'
import { orgSubtree } from '../members'
import { verifyChain, type AuditEntry, type VerifyResult } from './audit'
import { listAudit, readChain } from './audit.store'

/** The hub's admins read the whole trail; a member's admin reads what its own people did. */
export async function readAudit(deps: Deps, actor: Actor, q: { afterSeq?: number; limit: number; subject?: string }): Promise<AuditEntry[]> {
  if (!hasRole(actor, 'admin')) throw forbidden('Only admins read the audit trail')
  const actorOrgs = isHubAdmin(actor) ? null : await orgSubtree(deps.db, actor.orgId)
  return listAudit(deps.db, { ...q, actorOrgs })
}

export async function verifyAudit(deps: Deps): Promise<VerifyResult> {
  return verifyChain(readChain(deps.db))
}
