/**
 * Enrolment: an admin over a user's organization gets a one-time link for that user; whoever
 * opens it sets the user's credentials (password + TOTP together, recovery codes shown once), and
 * only once. A user who has credentials gets no new link while enabled: an admin who wants to
 * reset them disables and re-enables the user (which ends every session and token, visibly).
 */
import { newId } from '../../core/ids'
import { AppError, conflict, forbidden, notFound } from '../../core/errors'
import type { Tx } from '../../store/tx'
import type { Deps } from '../deps'
import { unitOfWork, type Unit } from '../unit-of-work'
import { hashPassword, hashRecoveryCode, MIN_PASSWORD_LENGTH, newRecoveryCodes, newTotp, totpStep } from './credentials'
import * as creds from './credentials.store'
import { DEFAULT_ENROLMENT_TTL_MS, enrolmentLink, ENROLMENT_METHODS, hashEnrolmentToken, looksLikeEnrolmentToken, newEnrolmentToken } from './enrolment'
import type { Actor, User } from './members'
import { membersPermissions as perms } from './members.permissions'
import * as store from './members.store'

export interface IssuedEnrolment {
  /** Shown once: the token and the link that carries it. */
  token: string
  link: string
  expiresAt: string
  userId: string
}

const linkGone = () => new AppError(410, 'enrolment_invalid', 'This enrolment link is unknown, used or expired; ask your administrator for a new one')

/** The hub's public address, for links (PUBLIC_URL). */
export const publicUrlOf = (deps: Deps): string => deps.publicUrl ?? 'http://localhost:8080'

async function requireManaged(tx: Tx, actor: Actor, userId: string): Promise<User> {
  const user = await store.findUser(tx, userId)
  if (!user) throw notFound('User')
  const chain = (await store.orgChain(tx, user.orgId)).map((o) => o.id)
  if (!perms.may(actor, 'manage-users', { orgChain: chain })) throw notFound('User')
  return user
}

/** Writes a new link for `user` (any older open one stops working), audited as `enrolment.issue`. */
export async function writeEnrolment(u: Unit, deps: Deps, actor: Actor | 'system', user: User): Promise<IssuedEnrolment> {
  if (user.disabledAt !== null) throw conflict('user_disabled', 'That user is disabled; enable them first')
  if ((await creds.findCredential(u.tx, user.id)) || (await creds.hasPasskey(u.tx, user.id))) throw conflict('already_enrolled', 'That user has credentials already; to reset them, disable and re-enable the user')
  await u.tx.updateTable('enrolment').set({ used_at: u.at }).where('user_id', '=', user.id).where('used_at', 'is', null).execute()
  const raw = newEnrolmentToken()
  const expiresAt = new Date(u.now.getTime() + (deps.enrolmentTtlMs ?? DEFAULT_ENROLMENT_TTL_MS)).toISOString()
  const id = newId()
  await u.tx.insertInto('enrolment').values({ id, user_id: user.id, hash: hashEnrolmentToken(raw), created_by: actor === 'system' ? 'system' : actor.userId, created_at: u.at, expires_at: expiresAt, used_at: null }).execute()
  await u.audit(actor, 'enrolment.issue', user.id, { enrolmentId: id, expiresAt })
  return { token: raw, link: enrolmentLink(publicUrlOf(deps), raw), expiresAt, userId: user.id }
}

/** An admin over the user's organization gets a one-time enrolment link for them. */
export async function issueEnrolment(deps: Deps, actor: Actor, userId: string): Promise<IssuedEnrolment> {
  return unitOfWork(deps, async (u) => writeEnrolment(u, deps, actor, await requireManaged(u.tx, actor, userId)))
}

export interface OpenEnrolment {
  enrolmentId: string
  user: User
  expiresAt: string
}

/** The open enrolment a link names, or 410 (unknown, used or expired read the same). */
export async function findOpenEnrolment(q: Deps['db'] | Tx, raw: string, now: Date): Promise<OpenEnrolment> {
  if (!looksLikeEnrolmentToken(raw)) throw linkGone()
  const r = await q.selectFrom('enrolment').selectAll().where('hash', '=', hashEnrolmentToken(raw)).executeTakeFirst()
  if (!r || r.used_at !== null || r.expires_at <= now.toISOString()) throw linkGone()
  const user = await store.findUser(q, r.user_id)
  if (!user || user.disabledAt !== null) throw linkGone()
  return { enrolmentId: r.id, user, expiresAt: r.expires_at }
}

/** Who opened the link may only be that user, or nobody signed in (the person, on a fresh browser). */
function refuseOthers(opener: Actor | null, user: User): void {
  if (opener && opener.userId !== user.id) throw forbidden('This enrolment link is for another user; sign out first', 'enrolment_other_user')
}

export interface EnrolmentPreview {
  user: { id: string; email: string; displayName: string }
  expiresAt: string
  methods: string[]
  /** A TOTP secret proposed for this enrolment: the page shows its URI as a QR code, and sends the secret back with the first code. */
  totp: { secret: string; uri: string }
}

/** What the link's page shows: whose enrolment it is and what to set up. */
export async function previewEnrolment(deps: Deps, raw: string, opener: Actor | null, issuer: string): Promise<EnrolmentPreview> {
  const open = await findOpenEnrolment(deps.db, raw, deps.clock.now())
  refuseOthers(opener, open.user)
  return {
    user: { id: open.user.id, email: open.user.email, displayName: open.user.displayName },
    expiresAt: open.expiresAt,
    methods: [...ENROLMENT_METHODS, ...(deps.extraEnrolmentMethods ?? [])],
    totp: newTotp(issuer, open.user.email),
  }
}

/**
 * Runs `fn` on the link's open enrolment in one unit of work, then uses the link up: the hook a
 * second way of enrolling (passkeys) calls with its own credential writes. A link raced twice is
 * used once: the losing transaction finds it used.
 */
export async function withEnrolment<T>(deps: Deps, raw: string, opener: Actor | null, fn: (u: Unit, open: OpenEnrolment) => Promise<T>): Promise<T> {
  return unitOfWork(deps, async (u) => {
    const open = await findOpenEnrolment(u.tx, raw, u.now)
    refuseOthers(opener, open.user)
    const taken = await u.tx.updateTable('enrolment').set({ used_at: u.at }).where('id', '=', open.enrolmentId).where('used_at', 'is', null).executeTakeFirst()
    if (Number(taken.numUpdatedRows) === 0) throw linkGone()
    const value = await fn(u, open)
    await u.audit('system', 'enrolment.complete', open.user.id, { enrolmentId: open.enrolmentId })
    return value
  })
}

export interface PasswordEnrolment {
  password: string
  /** The secret GET /enrolment/{token} proposed (base32). */
  totpSecret: string
  /** A current code of that secret: proof the authenticator app holds it. */
  totpCode: string
}

/** Sets password + TOTP (both, together) through the link; returns the recovery codes, shown this once. */
export async function completePasswordEnrolment(deps: Deps, raw: string, opener: Actor | null, input: PasswordEnrolment): Promise<{ user: User; recoveryCodes: string[] }> {
  // The link and its opener first: a stranger learns nothing from how their input was judged.
  refuseOthers(opener, (await findOpenEnrolment(deps.db, raw, deps.clock.now())).user)
  if (input.password.length < MIN_PASSWORD_LENGTH) throw new AppError(422, 'weak_password', `A password needs at least ${MIN_PASSWORD_LENGTH} characters`, [{ pointer: '/password', detail: 'too short' }])
  if (!/^[A-Z2-7]{32,}=*$/.test(input.totpSecret)) throw new AppError(422, 'bad_totp', 'totpSecret is not the base32 secret the enrolment proposed', [{ pointer: '/totpSecret', detail: 'not base32 of 160 bits or more' }])
  const step = totpStep(input.totpSecret, input.totpCode, deps.clock.now())
  if (step === null) throw new AppError(422, 'bad_totp', 'The code does not match the secret: check the authenticator app’s clock and try the next code', [{ pointer: '/totpCode', detail: 'wrong code' }])
  const passwordHash = await hashPassword(input.password)
  const recoveryCodes = newRecoveryCodes()
  const user = await withEnrolment(deps, raw, opener, async (u, open) => {
    await creds.saveCredential(u.tx, { userId: open.user.id, passwordHash, totpSecret: input.totpSecret, totpLastStep: step, setAt: u.at }, recoveryCodes.map((c) => ({ id: newId(), hash: hashRecoveryCode(c) })))
    await u.audit('system', 'credential.set', open.user.id, { kind: 'password+totp', recoveryCodes: recoveryCodes.length })
    return open.user
  })
  return { user, recoveryCodes }
}
