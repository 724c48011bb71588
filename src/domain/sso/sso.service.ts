/**
 * Single sign-on per nation with openid-client (a certified relying party): authorization code
 * with PKCE, state and nonce. The hub keeps each begun sign-in server-side (state hashed, taken
 * once, expiring) and the browser carries the state in the URL and in a cookie, so a callback
 * must come back to the browser that began it. The claim the provider vouches for is matched
 * to a user of the nation's own tree, and to nobody else.
 */
import { createHash } from 'node:crypto'
import * as oidc from 'openid-client'
import { AppError, conflict, forbidden, unprocessable } from '../../core/errors'
import { inTx } from '../../store/tx'
import { appendAudit } from '../audit'
import type { Deps } from '../deps'
import { addressKey, ADDRESS_RULE, countFailure, findOrg, findUser, findUserByEmail, lockedFor, orgChain, orgIdOf, orgSubtree, signin, type Actor, type Org, type User } from '../members'
import { unitOfWork } from '../unit-of-work'
import { open, seal } from './secret-box'
import { ATTEMPT_TTL_MS, isLoopbackHttp, type SsoProvider } from './sso'
import { ssoPermissions as perms } from './sso.permissions'
import type { SsoProviderInput } from './sso.schema'
import * as store from './sso.store'

const notConfigured = () => new AppError(404, 'sso_not_configured', 'That organization has no single sign-on')
/** Every failed callback answers alike; the audit trail keeps the reason. */
const refused = () => new AppError(401, 'sso_refused', 'The single sign-on did not complete; start again from the sign-in page')
const noUser = () => new AppError(403, 'sso_no_user', 'The provider named no enabled user of the organization tree it signs in for')

const stateHash = (state: string) => createHash('sha256').update(state).digest('base64url')

/** What the HTTP request that carries a sign-in looks like to the audit trail. */
export interface SignInFrom {
  address: string
  userAgent: string | null
}

async function nationFor(deps: Deps, ref: string): Promise<Org | null> {
  const id = await orgIdOf(deps.db, ref)
  return id === null ? null : findOrg(deps.db, id)
}

const keyOf = (deps: Deps): Buffer | null => deps.sso?.secretKey ?? null

function requireKey(deps: Deps): Buffer {
  const key = keyOf(deps)
  if (!key) throw conflict('sso_key_missing', 'Set SSO_SECRET_KEY on the hub before connecting a provider: its client secret is kept encrypted under it')
  return key
}

/** The provider's discovered configuration, with the client's credentials. */
async function discover(issuer: string, clientId: string, clientSecret: string): Promise<oidc.Configuration> {
  const url = new URL(issuer)
  return oidc.discovery(url, clientId, clientSecret, undefined, isLoopbackHttp(url) ? { execute: [oidc.allowInsecureRequests] } : undefined)
}

async function requireConfigurable(deps: Deps, actor: Actor, orgRef: string): Promise<Org> {
  const org = await nationFor(deps, orgRef)
  if (!org) throw unprocessable('bad_org', 'That names no organization (by id or name)', '/org')
  if (org.kind !== 'nation') throw unprocessable('sso_not_nation', 'Single sign-on is set up for a nation, and covers its whole tree', '/org')
  if (!perms.may(actor, 'configure', { nationId: org.id })) throw forbidden('Only an admin of the nation itself connects it to a provider')
  return org
}

/**
 * Connects (or re-connects) a nation's tree to an OpenID provider. The issuer must answer
 * discovery and name itself exactly as given, checked now rather than at someone's first sign-in.
 */
export async function putProvider(deps: Deps, actor: Actor, orgRef: string, input: SsoProviderInput): Promise<SsoProvider> {
  const org = await requireConfigurable(deps, actor, orgRef)
  const key = requireKey(deps)
  const issuerUrl = new URL(input.issuer)
  if (issuerUrl.protocol !== 'https:' && !isLoopbackHttp(issuerUrl)) throw unprocessable('sso_bad_issuer', 'The issuer must be an https:// URL', '/issuer')
  try {
    await discover(input.issuer, input.clientId, input.clientSecret)
  } catch (e) {
    throw unprocessable('sso_bad_issuer', `The issuer does not answer OpenID Connect discovery as itself: ${e instanceof Error ? e.message : String(e)}`, '/issuer')
  }
  return unitOfWork(deps, async (u) => {
    const before = await store.findProvider(u.tx, org.id)
    const provider: store.StoredProvider = {
      orgId: org.id,
      issuer: input.issuer,
      clientId: input.clientId,
      clientSecretSealed: seal(key, input.clientSecret, org.id),
      claim: input.claim,
      userAttribute: input.userAttribute ?? 'email',
      createdAt: before?.createdAt ?? u.at,
      updatedAt: u.at,
    }
    await store.upsertProvider(u.tx, provider)
    await u.audit(actor, before ? 'sso.provider-update' : 'sso.provider-set', org.id, { issuer: provider.issuer, clientId: provider.clientId, claim: provider.claim, userAttribute: provider.userAttribute })
    return store.viewOf(provider)
  })
}

export async function getProvider(deps: Deps, actor: Actor, orgRef: string): Promise<SsoProvider> {
  const org = await requireConfigurable(deps, actor, orgRef)
  const p = await store.findProvider(deps.db, org.id)
  if (!p) throw notConfigured()
  return store.viewOf(p)
}

export async function removeProvider(deps: Deps, actor: Actor, orgRef: string): Promise<SsoProvider> {
  const org = await requireConfigurable(deps, actor, orgRef)
  return unitOfWork(deps, async (u) => {
    const p = await store.findProvider(u.tx, org.id)
    if (!p) throw notConfigured()
    await store.deleteProvider(u.tx, org.id)
    await u.audit(actor, 'sso.provider-remove', org.id, { issuer: p.issuer })
    return store.viewOf(p)
  })
}

/**
 * Begins a sign-in for a nation's tree: where to send the browser, and the state it must bring
 * back (the route also sets it as a cookie). `orgRef` may name any organization of the tree;
 * its nation's provider signs in.
 */
export async function beginSignIn(deps: Deps, orgRef: string, redirectUri: string): Promise<{ url: string; state: string }> {
  const org = await nationFor(deps, orgRef)
  // The organization named, or the nation above it: the nation's provider signs its whole tree in.
  const nationId = org === null ? null : ((await orgChain(deps.db, org.id)).find((o) => o.kind === 'nation')?.id ?? null)
  const provider = nationId === null ? null : await store.findProvider(deps.db, nationId)
  const key = keyOf(deps)
  if (!provider || !key) throw notConfigured()
  const config = await discover(provider.issuer, provider.clientId, open(key, provider.clientSecretSealed, provider.orgId)).catch(() => {
    throw refused()
  })
  const state = oidc.randomState()
  const nonce = oidc.randomNonce()
  const codeVerifier = oidc.randomPKCECodeVerifier()
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    state,
    nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  })
  const now = deps.clock.now()
  await store.saveAttempt(deps.db, stateHash(state), { orgId: provider.orgId, codeVerifier, nonce, redirectUri, expiresAt: new Date(now.getTime() + ATTEMPT_TTL_MS).toISOString() }, now.toISOString())
  return { url: url.href, state }
}

/** Audited on its own; a failure also counts against the address, as a failed password does (signin's throttle). */
async function auditSignIn(deps: Deps, action: string, user: User | null, orgId: string | null, detail: { address: string } & Record<string, unknown>, countsAgainstAddress = false): Promise<void> {
  const now = deps.clock.now()
  await inTx(deps.db, async (tx) => {
    if (countsAgainstAddress) await countFailure(tx, addressKey(detail.address), ADDRESS_RULE, now)
    await appendAudit(tx, now.toISOString(), { actor: user?.id ?? 'anonymous', actorOrg: user?.orgId ?? orgId, action, subject: orgId ?? 'sso', detail })
  })
}

/**
 * The claim's value from the ID token, else from UserInfo (providers put profile claims in either).
 * An e-mail address names a person only once the provider says it verified it (OpenID Connect Core
 * 5.1, email_verified): otherwise anyone who may type an address at the provider could be anyone.
 */
async function claimValue(config: oidc.Configuration, tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>, claim: string): Promise<unknown> {
  const idClaims = tokens.claims()
  if (!idClaims) return undefined
  const source: Record<string, unknown> = idClaims[claim] !== undefined ? idClaims : await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub)
  if (claim === 'email' && source.email_verified !== true) return undefined
  return source[claim]
}

/** What went wrong at the provider, for the audit trail: the library's message, code and the claim at fault. */
function failureReason(e: unknown): string {
  if (!(e instanceof Error)) return 'provider'
  const { code } = e as { code?: unknown }
  // openid-client wraps oauth4webapi's error, whose own cause names the claim compared.
  const inner = e.cause instanceof Error ? e.cause : null
  const claim = (inner?.cause as { claim?: unknown } | undefined)?.claim
  return [`${e.name}: ${e.message}`, inner?.message ?? null, typeof code === 'string' ? code : null, typeof claim === 'string' ? `claim ${claim}` : null].filter(Boolean).join('; ')
}

async function userNamed(deps: Deps, attribute: string, value: string): Promise<User | null> {
  return attribute === 'id' ? findUser(deps.db, value) : findUserByEmail(deps.db, value.toLowerCase())
}

/**
 * Completes a sign-in at the callback: the state in the URL must be the one in the browser's
 * cookie and one the hub handed out (taken once, unexpired); openid-client then checks the
 * issuer, exchanges the code with the PKCE verifier and validates the ID token (signature,
 * issuer, audience, nonce). The claim must name an enabled user of the nation's tree.
 */
export async function finishSignIn(deps: Deps, query: URLSearchParams, stateCookie: string | null, from: SignInFrom): Promise<{ userId: string }> {
  const locked = await lockedFor(deps.db, addressKey(from.address), deps.clock.now())
  if (locked > 0) {
    await auditSignIn(deps, 'sso.sign-in-failed', null, null, { reason: 'locked', address: from.address, userAgent: from.userAgent })
    throw signin.throttled(locked)
  }
  const state = query.get('state')
  const attempt = state === null ? null : await store.takeAttempt(deps.db, stateHash(state))
  const fail = async (reason: string, orgId: string | null, error: AppError = refused()): Promise<never> => {
    await auditSignIn(deps, 'sso.sign-in-failed', null, orgId, { reason, address: from.address, userAgent: from.userAgent }, true)
    throw error
  }
  if (state === null || attempt === null) return fail('unknown-state', null)
  if (stateCookie !== state) return fail('state-not-this-browser', attempt.orgId)
  if (attempt.expiresAt <= deps.clock.now().toISOString()) return fail('expired', attempt.orgId)
  const provider = await store.findProvider(deps.db, attempt.orgId)
  const key = keyOf(deps)
  if (!provider || !key) return fail('provider-removed', attempt.orgId)
  let value: unknown
  try {
    const config = await discover(provider.issuer, provider.clientId, open(key, provider.clientSecretSealed, provider.orgId))
    const current = new URL(attempt.redirectUri)
    current.search = query.toString()
    const tokens = await oidc.authorizationCodeGrant(config, current, { pkceCodeVerifier: attempt.codeVerifier, expectedState: state, expectedNonce: attempt.nonce, idTokenExpected: true })
    value = await claimValue(config, tokens, provider.claim)
  } catch (e) {
    return fail(failureReason(e), attempt.orgId)
  }
  if (typeof value !== 'string' || value === '') return fail('claim-missing', attempt.orgId, noUser())
  const user = await userNamed(deps, provider.userAttribute, value)
  const tree = await orgSubtree(deps.db, attempt.orgId)
  if (!user || !tree.includes(user.orgId)) return fail('no-user-in-tree', attempt.orgId, noUser())
  if (user.disabledAt !== null) return fail('user-disabled', attempt.orgId, noUser())
  await auditSignIn(deps, 'sso.sign-in', user, attempt.orgId, { issuer: provider.issuer, address: from.address, userAgent: from.userAgent })
  return { userId: user.id }
}
