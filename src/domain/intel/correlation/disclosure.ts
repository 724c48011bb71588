/**
 * Who is told what about a correlation: the pure rule, kept apart from I/O so that every marking
 * case can be tested as a table.
 *
 * A correlation between X (held by organization OX, uploaded by user UX) and Y (another
 * organization's) is told to X's side as follows:
 * - When every member of OX may see X (CLEAR, GREEN, AMBER and AMBER+STRICT reaching OX, or OX
 *   is the originator), OX is told, in an event marked AMBER+STRICT to OX alone. Y is disclosed
 *   (its id, type, holder and TLP) only if every member of OX may see Y too; otherwise the event
 *   says that a member holds a match at a marking OX cannot see, and to ask the hub's
 *   coordinators, naming nobody (not even the holder's organization).
 *   If OX as a whole may not see Y but UX may (Y is RED and names UX), UX also gets a RED event of
 *   its own that discloses Y.
 * - Otherwise (X is RED) only UX is told, in a RED event to UX alone, disclosing Y if UX may see it.
 * Whoever may read an event is thus allowed to see the object it is about and every object it
 * discloses; nobody learns more than "a match exists" about what they may not see.
 */
import { canSee, type Marking, type Viewer } from '../../../tlp'

/** The people of one side: its organization as a whole, and the user who uploaded the object. */
export interface Side {
  orgId: string
  orgChain: readonly string[]
  /** Null when the object has no uploading user (then only an organization-wide alert is possible). */
  userId: string | null
}

export type Audience = { kind: 'org'; orgId: string } | { kind: 'user'; orgId: string; userId: string }

export interface Alert {
  audience: Audience
  /** May this audience learn the other object's id, type, holder and TLP? */
  disclose: boolean
}

/**
 * Rights every member of the organization has: a viewer with no user of its own, so that only
 * the organization-wide clauses of canSee apply (no user id matches the empty string).
 */
export const orgWideViewer = (side: Side): Viewer => ({ userId: '', orgId: side.orgId, orgChain: side.orgChain })

const userViewer = (side: Side): Viewer | null =>
  side.userId === null ? null : { userId: side.userId, orgId: side.orgId, orgChain: side.orgChain }

/** The alerts X's side gets about a match with Y. */
export function alertsFor(side: Side, own: Marking, other: Marking): Alert[] {
  const org = orgWideViewer(side)
  const user = userViewer(side)
  if (canSee(org, own)) {
    const orgSeesOther = canSee(org, other)
    const alerts: Alert[] = [{ audience: { kind: 'org', orgId: side.orgId }, disclose: orgSeesOther }]
    if (!orgSeesOther && user !== null && canSee(user, other)) {
      alerts.push({ audience: { kind: 'user', orgId: side.orgId, userId: user.userId }, disclose: true })
    }
    return alerts
  }
  if (user !== null && canSee(user, own)) return [{ audience: { kind: 'user', orgId: side.orgId, userId: user.userId }, disclose: canSee(user, other) }]
  return []
}

/** The marking that makes an event reach exactly its audience. */
export function audienceMarking(a: Audience): Marking {
  return a.kind === 'org'
    ? { tlp: 'AMBER+STRICT', audienceOrgs: [a.orgId], audienceUsers: [], originatorOrg: a.orgId, originatorUser: null }
    : { tlp: 'RED', audienceOrgs: [], audienceUsers: [a.userId], originatorOrg: a.orgId, originatorUser: a.userId }
}

export const audienceKey = (a: Audience): string => (a.kind === 'org' ? `org:${a.orgId}` : `user:${a.userId}`)
