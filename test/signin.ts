/**
 * Signing people in, for tests: a session started directly (as a passkey or OpenID Connect
 * sign-in would, once it has proved who the user is), or password + TOTP credentials set for a
 * user so that a test can sign in through POST /api/v1/session/password.
 */
import { sessions, type SignInMethod } from '../src/domain/members'
import { hashPassword, newTotp, totpCode } from '../src/domain/members/credentials'
import { saveCredential } from '../src/domain/members/credentials.store'
import { CSRF_HEADER, SESSION_COOKIE } from '../src/surfaces/auth'
import type { TestHub } from './hub'

export interface SignedIn {
  sessionId: string
  /** The cookie's value. */
  cookie: string
  csrfToken: string
  /** Headers of a cookie-authenticated request: the cookie and the CSRF header (send with t.req(…, { token: null, headers })). */
  headers: { cookie: string; [CSRF_HEADER]: string }
}

export async function signInAs(t: TestHub, userId: string, method: SignInMethod = 'password'): Promise<SignedIn> {
  const s = await sessions.startSession(t.hub.deps, { userId, method, address: '127.0.0.1', userAgent: 'test' })
  return { sessionId: s.session.id, cookie: s.cookieValue, csrfToken: s.csrfToken, headers: { cookie: `${SESSION_COOKIE}=${s.cookieValue}`, [CSRF_HEADER]: s.csrfToken } }
}

/** Gives a user a password and a TOTP secret (as enrolment would); returns the secret and a code maker on the hub's clock. */
export async function givePasswordAndTotp(t: TestHub, userId: string, password = 'correct horse battery staple'): Promise<{ password: string; totpSecret: string; code(at?: Date): string }> {
  const { secret } = newTotp('Shieldwall test', userId)
  await saveCredential(t.hub.deps.db, { userId, passwordHash: await hashPassword(password), totpSecret: secret, totpLastStep: 0, setAt: t.clock.now().toISOString() }, [])
  return { password, totpSecret: secret, code: (at = t.clock.now()) => totpCode(secret, at) }
}
