/**
 * Sign-in with password + TOTP (both required together), throttled per user and per address.
 * Every refusal but the throttle reads the same, so that nobody learns which part was wrong or
 * whether the e-mail exists; the audit chain records the true reason.
 */
import { AppError } from '../../core/errors'
import { inTx } from '../../store/tx'
import { appendAudit } from '../audit'
import type { Deps } from '../deps'
import { hashRecoveryCode, looksLikeRecoveryCode, spendPasswordTime, totpStep, verifyPassword } from './credentials'
import * as creds from './credentials.store'
import * as store from './members.store'
import { startSession, type StartedSession } from './sessions.service'
import { addressKey, ADDRESS_RULE, clearFailures, countFailure, lockedFor, userKey, USER_RULE } from './throttle'

export interface PasswordSignIn {
  email: string
  password: string
  totp: string
  address: string | null
  userAgent: string | null
}

const failed = (): AppError => new AppError(401, 'signin_failed', 'The e-mail, password or code is wrong')

export const throttled = (ms: number): AppError =>
  new AppError(429, 'signin_throttled', `Too many failed sign-ins; try again in ${Math.ceil(ms / 1000)} s`, [], { retryAfter: Math.ceil(ms / 1000) })

export async function signInWithPassword(deps: Deps, input: PasswordSignIn): Promise<StartedSession> {
  const now = deps.clock.now()
  const user = await store.findUserByEmail(deps.db, input.email.toLowerCase())
  const keys = [...(user ? [userKey(user.id)] : []), ...(input.address ? [addressKey(input.address)] : [])]
  for (const key of keys) {
    const ms = await lockedFor(deps.db, key, now)
    if (ms > 0) {
      await fail(deps, user?.id ?? null, input, 'locked')
      throw throttled(ms)
    }
  }
  const cred = user && user.disabledAt === null ? await creds.findCredential(deps.db, user.id) : null
  if (!user || !cred) {
    await spendPasswordTime(input.password)
    await fail(deps, user?.id ?? null, input, user ? (user.disabledAt ? 'disabled' : 'not_enrolled') : 'unknown_email')
    throw failed()
  }
  if (!(await verifyPassword(input.password, cred.passwordHash))) {
    await fail(deps, user.id, input, 'wrong_password')
    throw failed()
  }
  if (looksLikeRecoveryCode(input.totp)) {
    if (!(await creds.useRecoveryCode(deps.db, user.id, hashRecoveryCode(input.totp), now.toISOString()))) {
      await fail(deps, user.id, input, 'wrong_recovery_code')
      throw failed()
    }
    await clearFailures(deps.db, userKey(user.id))
    return startSession(deps, { userId: user.id, method: 'password+recovery', address: input.address, userAgent: input.userAgent })
  }
  const step = totpStep(cred.totpSecret, input.totp, now)
  if (step === null) {
    await fail(deps, user.id, input, 'wrong_totp')
    throw failed()
  }
  if (!(await creds.takeTotpStep(deps.db, user.id, step))) {
    await fail(deps, user.id, input, 'replayed_totp')
    throw failed()
  }
  await clearFailures(deps.db, userKey(user.id))
  return startSession(deps, { userId: user.id, method: 'password', address: input.address, userAgent: input.userAgent })
}

/** Counts and audits a failed sign-in in its own transaction (the refusal itself writes nothing else). */
async function fail(deps: Deps, userId: string | null, input: PasswordSignIn, reason: string): Promise<void> {
  const now = deps.clock.now()
  await inTx(deps.db, async (tx) => {
    if (reason !== 'locked') {
      if (userId) await countFailure(tx, userKey(userId), USER_RULE, now)
      if (input.address) await countFailure(tx, addressKey(input.address), ADDRESS_RULE, now)
    }
    await appendAudit(tx, now.toISOString(), { actor: 'system', actorOrg: null, action: 'signin.fail', subject: userId ?? 'unknown', detail: { method: 'password', reason, address: input.address } })
  })
}
