import { HOUR_MS } from '../../core/clock'
import { conflict, forbidden, isAppError, notFound, unauthorized, unprocessable } from '../../core/errors'
import { newId } from '../../core/ids'
import { isUniqueViolation } from '../../store/errors'
import { saveMarking } from '../../store/marking.store'
import { inTx, type Tx } from '../../store/tx'
import { appendAudit } from '../audit'
import type { Deps } from '../deps'
import { unitOfWork, type Unit } from '../unit-of-work'
import { isCountryCode } from './iso3166'
import { PARENT_KIND, parseRoles, type Actor, type Org, type Role, type User } from './members'
import { membersPermissions as perms } from './members.permissions'
import type { CredentialRevoked } from './members.events'
import type { OrgInput, TokenInput, UserInput } from './members.schema'
import * as store from './members.store'
import * as tokens from './tokens.store'
import * as sessionStore from './sessions.store'
import { deleteCredentials, deletePasskeys } from './credentials.store'
import { writeEnrolment, type IssuedEnrolment } from './enrolment.service'
import { hashToken, looksLikeToken, newRawToken } from './tokens'

const audit = (tx: Tx, deps: Deps, actor: Actor, action: string, subject: string, detail: Record<string, unknown> = {}) =>
  appendAudit(tx, deps.clock.now().toISOString(), { actor: actor.userId, actorOrg: actor.orgId, action, subject, detail })

/** Turns a race lost on a unique index into the same 409 as the check before it. */
async function uniquely<T>(what: string, pointer: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict('duplicate', `${what} already exists`, pointer)
    throw e
  }
}

export async function actorFor(q: Deps['db'] | Tx, user: User): Promise<Actor> {
  return actorOfChain(user.id, user.email, user.roles, await store.orgChain(q, user.orgId))
}

/** An organization's id followed by its ancestors' (what a Viewer's orgChain holds). */
export async function orgChainIds(q: Deps['db'] | Tx, orgId: string): Promise<string[]> {
  return (await store.orgChain(q, orgId)).map((o) => o.id)
}

/**
 * First start: creates the hub organization and its first admin, and returns that admin's token
 * and an enrolment link (both shown once). Later starts find the hub and return null.
 */
export async function bootstrapHub(deps: Deps, opts: { hubName: string; adminEmail?: string }): Promise<{ hub: Org; admin: User; token: string; enrolment: IssuedEnrolment } | null> {
  return unitOfWork(deps, async (u) => {
    const tx = u.tx
    if (await store.findHub(tx)) return null
    const at = u.at
    const hub: Org = { id: newId(), name: opts.hubName, kind: 'hub', country: null, parentId: null, createdAt: at }
    const admin: User = {
      id: newId(),
      orgId: hub.id,
      email: opts.adminEmail ?? 'admin@hub.local',
      displayName: 'Hub administrator',
      roles: ['admin', 'coordinator'],
      createdAt: at,
      disabledAt: null,
    }
    await store.insertOrg(tx, hub)
    await store.insertUser(tx, admin)
    const raw = newRawToken()
    await tokens.insertToken(tx, { id: newId(), userId: admin.id, name: 'first admin', createdAt: at, expiresAt: null, lastUsedAt: null, revokedAt: null }, hashToken(raw))
    await appendAudit(tx, at, { actor: 'system', actorOrg: null, action: 'hub.bootstrap', subject: hub.id, detail: { admin: admin.id } })
    const enrolment = await writeEnrolment(u, deps, 'system', admin)
    return { hub, admin, token: raw, enrolment }
  })
}

/** Only an admin of the hub admits organizations, each under the parent its kind requires. */
export async function admitOrg(deps: Deps, actor: Actor, input: OrgInput): Promise<Org> {
  if (!perms.may(actor, 'admit-org', { orgChain: [] })) throw forbidden('Only an admin of the hub admits organizations')
  return unitOfWork(deps, async (u) => {
    const tx = u.tx
    const hub = await store.findHub(tx)
    if (!hub) throw new Error('the hub organization is missing')
    if (await store.findOrgByName(tx, input.name)) throw conflict('duplicate', `An organization named "${input.name}" already exists`, '/name')
    let country: string | null = null
    let parentId: string
    if (input.kind === 'nation') {
      if (input.country === undefined) throw unprocessable('country_required', 'A nation needs its ISO 3166-1 alpha-2 country code', '/country')
      if (!isCountryCode(input.country)) throw unprocessable('bad_country', `"${input.country}" is not an ISO 3166-1 alpha-2 code`, '/country')
      if (input.parentId !== undefined && input.parentId !== hub.id && input.parentId !== hub.name) throw unprocessable('bad_parent', 'A nation sits directly under the hub', '/parentId')
      if (await store.findNationByCountry(tx, input.country)) throw conflict('duplicate', `Nation ${input.country} is already a member`, '/country')
      country = input.country
      parentId = hub.id
    } else {
      if (input.country !== undefined) throw unprocessable('country_not_allowed', 'Only nations carry a country code; this one takes its parent nation\u2019s', '/country')
      if (input.parentId === undefined) throw unprocessable('parent_required', `An organization of kind ${input.kind} sits under a nation: give parentId`, '/parentId')
      const parent = await findOrgRef(tx, input.parentId)
      if (!parent) throw unprocessable('bad_parent', 'parentId names no organization (by id or name)', '/parentId')
      if (parent.kind !== PARENT_KIND[input.kind]) throw unprocessable('bad_parent', `An organization of kind ${input.kind} sits under a ${PARENT_KIND[input.kind]}, not a ${parent.kind}`, '/parentId')
      parentId = parent.id
    }
    const org: Org = { id: newId(), name: input.name, kind: input.kind, country, parentId, createdAt: deps.clock.now().toISOString() }
    await uniquely('An organization with that name', '/name', () => store.insertOrg(tx, org))
    await u.audit(actor, 'org.admit', org.id, { name: org.name, kind: org.kind, country, parentId })
    // The member directory is GREEN: every member hears of a new member.
    const marking = { tlp: 'GREEN' as const, audienceOrgs: [], audienceUsers: [], originatorOrg: actor.orgId, originatorUser: actor.userId }
    const markingId = await saveMarking(tx, marking, u.at)
    await u.emit({ type: 'org.admitted', markingId, marking, exerciseId: null, subject: { objectId: org.id }, payload: org })
    return org
  })
}

/** The member directory is open to every member (it is GREEN information). */
export async function listOrgs(deps: Deps): Promise<Org[]> {
  return store.listOrgs(deps.db)
}

export async function addUser(deps: Deps, actor: Actor, input: UserInput): Promise<User> {
  return inTx(deps.db, async (tx) => {
    const org = await findOrgRef(tx, input.orgId)
    if (!org) throw unprocessable('bad_org', 'orgId names no organization (by id or name)', '/orgId')
    const chain = await store.orgChain(tx, org.id)
    if (!perms.may(actor, 'manage-users', { orgChain: chain.map((o) => o.id) })) throw forbidden('You may add users only to your own organization and those below it, as an admin')
    const email = input.email.toLowerCase()
    if (await store.findUserByEmail(tx, email)) throw conflict('duplicate', `A user with e-mail ${email} already exists`, '/email')
    const user: User = { id: newId(), orgId: org.id, email, displayName: input.displayName, roles: [...input.roles], createdAt: deps.clock.now().toISOString(), disabledAt: null }
    await uniquely('A user with that e-mail', '/email', () => store.insertUser(tx, user))
    await audit(tx, deps, actor, 'user.add', user.id, { orgId: user.orgId, roles: user.roles })
    return user
  })
}

/** Admins see the users they manage; everybody else sees themselves. */
export async function listUsers(deps: Deps, actor: Actor): Promise<User[]> {
  if (perms.may(actor, 'manage-users', { orgChain: [actor.orgId] }))
    return store.listUsersOf(deps.db, actor.orgKind === 'hub' ? null : await store.orgSubtree(deps.db, actor.orgId))
  const me = await store.findUser(deps.db, actor.userId)
  return me ? [me] : []
}

async function requireManagedUser(tx: Tx, actor: Actor, userId: string): Promise<User> {
  const user = await store.findUser(tx, userId)
  if (!user) throw notFound('User')
  if (user.id === actor.userId) return user
  const chain = await store.orgChain(tx, user.orgId)
  if (!perms.may(actor, 'manage-users', { orgChain: chain.map((o) => o.id) })) throw notFound('User')
  return user
}

/**
 * A user issues API tokens for themselves only (for scripts and machines): nobody, an admin or
 * the hub's CLI included, can mint a token that acts as someone else.
 */
export async function issueToken(deps: Deps, actor: Actor, input: TokenInput): Promise<{ token: string; info: tokens.TokenInfo }> {
  if (input.userId !== undefined && input.userId !== actor.userId)
    throw forbidden('API tokens are issued only by their own user (signed in); admins may revoke, never mint, others\u2019 tokens', 'token_for_self_only')
  return inTx(deps.db, async (tx) => {
    const user = await store.findUser(tx, actor.userId)
    if (!user) throw forbidden('Only a user issues API tokens, for themselves', 'token_for_self_only')
    if (user.disabledAt !== null) throw conflict('user_disabled', 'That user is disabled', '/userId')
    const now = deps.clock.now()
    const info: tokens.TokenInfo = {
      id: newId(),
      userId: user.id,
      name: input.name,
      createdAt: now.toISOString(),
      expiresAt: input.expiresInDays === undefined ? null : new Date(now.getTime() + input.expiresInDays * 24 * HOUR_MS).toISOString(),
      lastUsedAt: null,
      revokedAt: null,
    }
    const raw = newRawToken()
    await tokens.insertToken(tx, info, hashToken(raw))
    await audit(tx, deps, actor, 'token.issue', info.id, { userId: user.id, name: info.name, expiresAt: info.expiresAt })
    return { token: raw, info }
  })
}

export async function revokeToken(deps: Deps, actor: Actor, tokenId: string): Promise<tokens.TokenInfo> {
  return unitOfWork(deps, async (u) => {
    const token = await tokens.findToken(u.tx, tokenId)
    if (!token) throw notFound('Token')
    // Another member's token answers as a missing one, not as its (unmanaged) user.
    await requireManagedUser(u.tx, actor, token.userId).catch((e: unknown) => {
      throw isAppError(e) && e.status === 404 ? notFound('Token') : e
    })
    if (token.revokedAt !== null) throw conflict('already_revoked', 'That token is already revoked')
    await tokens.markRevoked(u.tx, token.id, u.at)
    await u.audit(actor, 'token.revoke', token.id, { userId: token.userId })
    await emitCredentialRevoked(u, actor, { userId: token.userId, tokenId: token.id, reason: 'token_revoked' })
    return { ...token, revokedAt: u.at }
  })
}

/**
 * Disables a user (an admin over the user's organization; never oneself): every session of theirs
 * ends and every token is revoked at once, and their open live connections end in every hub
 * process. Re-enabling does not bring any of it back (see enableUser).
 */
export async function disableUser(deps: Deps, actor: Actor, userId: string): Promise<User> {
  return unitOfWork(deps, async (u) => {
    const user = await requireManagedUser(u.tx, actor, userId)
    if (user.id === actor.userId) throw conflict('cannot_disable_self', 'You cannot disable yourself; ask another admin')
    if (user.disabledAt !== null) throw conflict('already_disabled', 'That user is already disabled')
    await store.markUserDisabled(u.tx, user.id, u.at)
    const ended = await sessionStore.endAllOf(u.tx, user.id, u.at, 'user_disabled')
    const revoked = await tokens.revokeAllOf(u.tx, user.id, u.at)
    await u.audit(actor, 'user.disable', user.id, { orgId: user.orgId, sessionsEnded: ended.length, tokensRevoked: revoked })
    await emitCredentialRevoked(u, actor, { userId: user.id, tokenId: null, reason: 'user_disabled' })
    return { ...user, disabledAt: u.at }
  })
}

/**
 * Enables a disabled user again, with nothing to sign in with: their password, TOTP and recovery
 * codes are gone, so they need a new enrolment link (returned here, shown once).
 */
export async function enableUser(deps: Deps, actor: Actor, userId: string): Promise<{ user: User; enrolment: IssuedEnrolment }> {
  return unitOfWork(deps, async (u) => {
    const user = await requireManagedUser(u.tx, actor, userId)
    if (user.disabledAt === null) throw conflict('not_disabled', 'That user is not disabled')
    await u.tx.updateTable('app_user').set({ disabled_at: null }).where('id', '=', user.id).execute()
    await deleteCredentials(u.tx, user.id)
    await deletePasskeys(u.tx, user.id)
    await u.audit(actor, 'user.enable', user.id, { orgId: user.orgId, credentialsCleared: true })
    const enabled = { ...user, disabledAt: null }
    return { user: enabled, enrolment: await writeEnrolment(u, deps, actor, enabled) }
  })
}

/** Tells every hub process to end the credential's live connections; RED to its user, and a control event no subscriber receives. */
export async function emitCredentialRevoked(u: Unit, actor: Actor, payload: CredentialRevoked): Promise<void> {
  const marking = { tlp: 'RED' as const, audienceOrgs: [], audienceUsers: [payload.userId], originatorOrg: actor.orgId, originatorUser: actor.userId }
  const markingId = await saveMarking(u.tx, marking, u.at)
  await u.emit({ type: 'credential.revoked', markingId, marking, exerciseId: null, subject: { objectId: payload.tokenId ?? payload.userId }, payload })
}

export async function listTokens(deps: Deps, actor: Actor, userId?: string): Promise<tokens.TokenInfo[]> {
  return inTx(deps.db, async (tx) => tokens.listTokensOf(tx, (await requireManagedUser(tx, actor, userId ?? actor.userId)).id))
}

/** last_used_at is written at most once a minute per token, so reads do not become writes. */
const TOUCH_EVERY_MS = 60_000

/**
 * Resolves a raw API token to its actor; every refusal reads the same, to leak nothing. One
 * query reads the token with its user, so a revoked token or a disabled user fails on the very
 * next request; only the organization chain, which never changes, comes from a cache.
 */
export async function authenticate(deps: Deps, raw: string): Promise<Actor> {
  return (await authenticateCredential(deps, raw)).actor
}

/** The token behind an authenticated actor: what a long-lived connection ends with (revoked, disabled, expired). */
export interface Credential {
  tokenId: string
  userId: string
  expiresAt: string | null
}

/** As authenticate, also naming the token, for connections that outlive one request. */
export async function authenticateCredential(deps: Deps, raw: string): Promise<{ actor: Actor; credential: Credential }> {
  if (!looksLikeToken(raw)) throw unauthorized('The API token is malformed')
  const found = await tokens.findCredentialByHash(deps.db, hashToken(raw))
  const now = deps.clock.now()
  if (!found || found.token.revokedAt !== null) throw unauthorized('The API token is unknown or revoked')
  const { token, user } = found
  if (token.expiresAt !== null && token.expiresAt <= now.toISOString()) throw unauthorized('The API token has expired')
  if (user.disabledAt !== null) throw unauthorized('The API token is unknown or revoked')
  if (token.lastUsedAt === null || now.getTime() - Date.parse(token.lastUsedAt) > TOUCH_EVERY_MS) {
    await tokens.touchToken(deps.db, token.id, now.toISOString())
  }
  const roles = parseRoles(user.roles)
  const actor = actorOfChain(user.id, user.email, roles, await store.cachedOrgChain(deps.db, user.orgId))
  userReadBy.set(actor, { ...user, roles })
  return { actor, credential: { tokenId: token.id, userId: user.id, expiresAt: token.expiresAt } }
}

/**
 * The user row that authenticated an actor, read by that same request's one credential query:
 * `me` answers from it instead of reading the row again. Keyed by the actor object itself, so it
 * lives exactly as long as the request's actor; any other actor object reads the row afresh.
 */
const userReadBy = new WeakMap<Actor, User>()

export function actorOfChain(userId: string, email: string, roles: Role[], chain: readonly Org[]): Actor {
  const org = chain[0]
  if (!org) throw unauthorized()
  const nation = chain.find((o) => o.kind === 'nation')
  return { userId, orgId: org.id, orgChain: chain.map((o) => o.id), email, roles, orgKind: org.kind, nationId: nation?.id ?? null, exerciseId: null }
}

/** The caller's user as stored now, its organization from the chain it authenticated with. */
export async function me(deps: Deps, actor: Actor): Promise<{ user: User; org: Org; orgChain: string[] }> {
  const user = userReadBy.get(actor) ?? (await store.findUser(deps.db, actor.userId))
  const org = (await store.cachedOrgChain(deps.db, actor.orgId))[0]
  if (!user || !org) throw unauthorized()
  return { user, org, orgChain: [...actor.orgChain] }
}

/** The hub acting through the local CLI (operator on the hub's own machine). */
export async function systemActor(deps: Deps): Promise<Actor> {
  const hub = await store.findHub(deps.db)
  if (!hub) throw new Error('The hub is not set up yet: run `shieldwall setup` (or start the hub once) first')
  return { userId: 'system:cli', orgId: hub.id, orgChain: [hub.id], email: 'cli@localhost', roles: ['admin', 'coordinator'], orgKind: 'hub', nationId: null, exerciseId: null }
}

export async function findOrgByNameOrId(deps: Deps, ref: string): Promise<Org | null> {
  return findOrgRef(deps.db, ref)
}

/** An organization by id, else by name (names are unique; an id never equals another org's name in practice, and the id wins). */
async function findOrgRef(q: Deps['db'] | Tx, ref: string): Promise<Org | null> {
  return (await store.findOrg(q, ref)) ?? (await store.findOrgByName(q, ref))
}

export async function findUserByEmailOrId(deps: Deps, ref: string): Promise<User | null> {
  return (await store.findUser(deps.db, ref)) ?? (await store.findUserByEmail(deps.db, ref.toLowerCase()))
}
