/**
 * Passkeys: registration (by a signed-in user, or during enrolment) and sign-in, with
 * @simplewebauthn/server doing the WebAuthn verification. Every challenge is kept server-side,
 * expires, and is taken once, before verification and outside its transaction, so that a
 * failed or replayed answer can never put it back.
 */
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server'
import { isoBase64URL } from '@simplewebauthn/server/helpers'
import { AppError, forbidden, notFound } from '../../core/errors'
import { newId } from '../../core/ids'
import { inTx } from '../../store/tx'
import { appendAudit } from '../audit'
import type { Deps } from '../deps'
import { addressKey, ADDRESS_RULE, countFailure, enrolment, findUser, lockedFor, signin, type Actor, type User } from '../members'
import { unitOfWork, type Unit } from '../unit-of-work'
import { CHALLENGE_TTL_MS, type ChallengePurpose, type PasskeyInfo, type RelyingParty, type RequestOrigin, type StoredPasskey } from './passkeys'
import * as store from './passkeys.store'

const registrationRefused = (why: string) => new AppError(422, 'passkey_not_verified', `The passkey was not registered: ${why}`)
/** One answer for every sign-in refusal, so that a caller learns nothing about which check failed. */
const signInRefused = () => new AppError(401, 'passkey_refused', 'The passkey sign-in did not verify: ask for new options and try again')

async function newChallenge(deps: Deps, purpose: ChallengePurpose, userId: string | null, challenge: string): Promise<void> {
  const now = deps.clock.now()
  await store.saveChallenge(deps.db, { challenge, purpose, userId, at: now.toISOString(), expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS).toISOString() })
}

/** The challenge an authenticator signed, read from its client data (null when that is malformed). */
function signedChallenge(clientDataJSON: unknown): string | null {
  if (typeof clientDataJSON !== 'string') return null
  try {
    const data = JSON.parse(isoBase64URL.toUTF8String(clientDataJSON)) as { challenge?: unknown }
    return typeof data.challenge === 'string' ? data.challenge : null
  } catch {
    return null
  }
}

/** Takes the answered challenge now, committed on its own: whatever follows, it cannot answer twice. */
async function takeAnsweredChallenge(deps: Deps, clientDataJSON: unknown, purpose: ChallengePurpose, userId: string | null): Promise<string | null> {
  const challenge = signedChallenge(clientDataJSON)
  if (challenge === null) return null
  const ok = await store.takeChallenge(deps.db, { challenge, purpose, userId, now: deps.clock.now().toISOString() })
  return ok ? challenge : null
}

/**
 * A refusal in the audit trail, written on its own as the refused change rolls back. A failed
 * sign-in also counts against its address, as a failed password does (signin's throttle).
 */
async function auditRefusal(deps: Deps, user: User | null, action: string, reason: string, from: RequestOrigin, countsAgainstAddress = false): Promise<void> {
  const now = deps.clock.now()
  await inTx(deps.db, async (tx) => {
    if (countsAgainstAddress) await countFailure(tx, addressKey(from.address), ADDRESS_RULE, now)
    await appendAudit(tx, now.toISOString(), {
      actor: user?.id ?? 'anonymous',
      actorOrg: user?.orgId ?? null,
      action,
      subject: user?.id ?? 'passkey',
      detail: { reason, address: from.address, userAgent: from.userAgent },
    })
  })
}

async function activeUser(deps: Deps, userId: string): Promise<User> {
  const user = await findUser(deps.db, userId)
  if (!user || user.disabledAt !== null) throw notFound('User')
  return user
}

/**
 * Options for registering a new passkey for `userId`: the signed-in user themself, or the user an
 * enrolment link names (the caller has checked either). A discoverable credential with user
 * verification, so that it signs in without a name typed first.
 */
export async function registrationOptions(deps: Deps, rp: RelyingParty, userId: string): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const user = await activeUser(deps, userId)
  const existing = await store.listPasskeysOf(deps.db, user.id)
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: user.email,
    userDisplayName: user.displayName,
    userID: isoBase64URL.toBuffer(isoBase64URL.fromUTF8String(user.id)),
    attestationType: 'none',
    excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: p.transports })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
    timeout: CHALLENGE_TTL_MS,
  })
  await newChallenge(deps, 'register', user.id, options.challenge)
  return options
}

type RegistrationInput = { response: RegistrationResponseJSON; name?: string | undefined }
type RegistrationFrom = RequestOrigin & { via: 'signed-in' | 'enrolment' }

/** Verifies the authenticator's answer to registrationOptions: the credential to keep (not yet kept). */
async function verifyRegistration(deps: Deps, rp: RelyingParty, user: User, input: RegistrationInput, from: RegistrationFrom): Promise<Omit<StoredPasskey, 'id' | 'createdAt'>> {
  const refuse = async (reason: string, message: string): Promise<never> => {
    await auditRefusal(deps, user, 'passkey.register-failed', reason, from)
    throw registrationRefused(message)
  }
  const challenge = await takeAnsweredChallenge(deps, input.response.response?.clientDataJSON, 'register', user.id)
  if (challenge === null) return refuse('challenge', 'the challenge is unknown, used or expired; ask for new options')
  let verified
  try {
    verified = await verifyRegistrationResponse({ response: input.response, expectedChallenge: challenge, expectedOrigin: [...rp.origins], expectedRPID: rp.id, requireUserVerification: true })
  } catch (e) {
    return refuse(e instanceof Error ? e.message : 'verification', 'the answer does not verify for this hub (origin, relying party or attestation)')
  }
  if (!verified.verified) return refuse('verification', 'the answer does not verify for this hub')
  const info = verified.registrationInfo
  if (await store.findByCredentialId(deps.db, info.credential.id)) return refuse('duplicate', 'that authenticator is already registered')
  return {
    userId: user.id,
    credentialId: info.credential.id,
    publicKey: isoBase64URL.fromBuffer(info.credential.publicKey),
    counter: info.credential.counter,
    transports: [...(input.response.response.transports ?? info.credential.transports ?? [])],
    deviceType: info.credentialDeviceType,
    backedUp: info.credentialBackedUp,
    name: input.name ?? 'Passkey',
    lastUsedAt: null,
  }
}

/** Keeps a verified credential in the caller's unit of work, audited. */
async function keepPasskey(u: Unit, user: User, verified: Omit<StoredPasskey, 'id' | 'createdAt'>, from: RegistrationFrom): Promise<PasskeyInfo> {
  const passkey: StoredPasskey = { ...verified, id: newId(), createdAt: u.at }
  await store.insertPasskey(u.tx, passkey)
  await appendAudit(u.tx, u.at, {
    actor: user.id,
    actorOrg: user.orgId,
    action: 'passkey.register',
    subject: passkey.id,
    detail: { via: from.via, name: passkey.name, deviceType: passkey.deviceType, address: from.address, userAgent: from.userAgent },
  })
  return store.infoOf(passkey)
}

/** A signed-in user registers another passkey: verifies the answer to registrationOptions and keeps it. */
export async function registerPasskey(deps: Deps, rp: RelyingParty, userId: string, input: RegistrationInput, from: RequestOrigin): Promise<PasskeyInfo> {
  const user = await activeUser(deps, userId)
  const verified = await verifyRegistration(deps, rp, user, input, { ...from, via: 'signed-in' })
  return unitOfWork(deps, (u) => keepPasskey(u, user, verified, { ...from, via: 'signed-in' }))
}

/** The user an open enrolment link names, refused to anyone signed in as somebody else. */
async function enrolledUser(deps: Deps, rawLink: string, opener: Actor | null): Promise<User> {
  const open = await enrolment.findOpenEnrolment(deps.db, rawLink, deps.clock.now())
  if (opener && opener.userId !== open.user.id) throw forbidden('This enrolment link is for another user; sign out first', 'enrolment_other_user')
  return open.user
}

/** Registration options for the person who opened an enrolment link (the link stays unused). */
export async function enrolmentOptions(deps: Deps, rp: RelyingParty, rawLink: string, opener: Actor | null): Promise<PublicKeyCredentialCreationOptionsJSON> {
  return registrationOptions(deps, rp, (await enrolledUser(deps, rawLink, opener)).id)
}

/**
 * Completes an enrolment with a passkey: the answer verified first, then the credential kept in
 * the enrolment's own unit of work, which uses the link up (signin's withEnrolment hook).
 */
export async function enrolWithPasskey(deps: Deps, rp: RelyingParty, rawLink: string, opener: Actor | null, input: RegistrationInput, from: RequestOrigin): Promise<{ user: User; passkey: PasskeyInfo }> {
  const user = await enrolledUser(deps, rawLink, opener)
  const verified = await verifyRegistration(deps, rp, user, input, { ...from, via: 'enrolment' })
  return enrolment.withEnrolment(deps, rawLink, opener, async (u, open) => {
    // The link cannot have changed hands between the two reads, but the write says whose it is.
    if (open.user.id !== user.id) throw registrationRefused('the enrolment link names another user')
    return { user: open.user, passkey: await keepPasskey(u, open.user, verified, { ...from, via: 'enrolment' }) }
  })
}

/** Options for signing in with any passkey of this hub (discoverable: no user named first). */
export async function signInOptions(deps: Deps, rp: RelyingParty): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const options = await generateAuthenticationOptions({ rpID: rp.id, userVerification: 'required', timeout: CHALLENGE_TTL_MS })
  await newChallenge(deps, 'authenticate', null, options.challenge)
  return options
}

/**
 * Verifies a sign-in assertion: the challenge (taken once), the origin and relying party, the
 * signature with the stored public key, user verification, and a counter that moved forward.
 * Returns the user to start a session for; every refusal is audited and answers the same.
 */
export async function verifySignIn(deps: Deps, rp: RelyingParty, response: AuthenticationResponseJSON, from: RequestOrigin): Promise<{ userId: string; passkeyId: string }> {
  const passkey = typeof response.id === 'string' ? await store.findByCredentialId(deps.db, response.id) : null
  const owner = passkey ? await findUser(deps.db, passkey.userId) : null
  const refuse = async (reason: string): Promise<never> => {
    await auditRefusal(deps, owner, 'passkey.sign-in-failed', reason, from, true)
    throw signInRefused()
  }
  const locked = await lockedFor(deps.db, addressKey(from.address), deps.clock.now())
  if (locked > 0) {
    await auditRefusal(deps, owner, 'passkey.sign-in-failed', 'locked', from)
    throw signin.throttled(locked)
  }
  const challenge = await takeAnsweredChallenge(deps, response.response?.clientDataJSON, 'authenticate', null)
  if (challenge === null) return refuse('challenge')
  if (!passkey || !owner) return refuse('unknown-credential')
  if (owner.disabledAt !== null) return refuse('user-disabled')
  let result
  try {
    result = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: [...rp.origins],
      expectedRPID: rp.id,
      requireUserVerification: true,
      credential: { id: passkey.credentialId, publicKey: isoBase64URL.toBuffer(passkey.publicKey), counter: passkey.counter, transports: passkey.transports as never },
    })
  } catch (e) {
    return refuse(e instanceof Error ? e.message : 'verification')
  }
  if (!result.verified) return refuse('verification')
  await inTx(deps.db, async (tx) => {
    const at = deps.clock.now().toISOString()
    await store.markUsed(tx, passkey.id, result.authenticationInfo.newCounter, at)
    await appendAudit(tx, at, {
      actor: owner.id,
      actorOrg: owner.orgId,
      action: 'passkey.sign-in',
      subject: passkey.id,
      detail: { address: from.address, userAgent: from.userAgent },
    })
  })
  return { userId: owner.id, passkeyId: passkey.id }
}

/** The caller's own passkeys. */
export async function listMine(deps: Deps, actor: Actor): Promise<PasskeyInfo[]> {
  return (await store.listPasskeysOf(deps.db, actor.userId)).map(store.infoOf)
}

/** Removes one of the caller's passkeys; another user's answers as a missing one. */
export async function removeMine(deps: Deps, actor: Actor, id: string): Promise<PasskeyInfo> {
  return unitOfWork(deps, async (u) => {
    const passkey = await store.findPasskey(u.tx, id)
    if (!passkey || passkey.userId !== actor.userId) throw notFound('Passkey')
    await store.deletePasskey(u.tx, passkey.id)
    await u.audit(actor, 'passkey.remove', passkey.id, { name: passkey.name })
    return store.infoOf(passkey)
  })
}
