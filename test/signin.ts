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

type Fetch = (request: Request) => Promise<Response>

const jsonOf = async <T>(res: Response, what: string): Promise<T> => {
  if (!res.ok) throw new Error(`${what}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

/**
 * What a person does with an enrolment link: opens it, sets password + TOTP (which signs them
 * in), and issues themselves an API token with the session cookie and its CSRF token.
 * `doFetch`: fetch itself for a hub process, injectFetch(app) for one in this process.
 */
export async function ownTokenByLink(doFetch: Fetch, base: string, enrolmentToken: string, name = 'test'): Promise<string> {
  const { cookie, csrfToken } = await enrolByLink(doFetch, base, enrolmentToken)
  const issued = await doFetch(
    new Request(`${base}/api/v1/tokens`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, [CSRF_HEADER]: csrfToken }, body: JSON.stringify({ name }) }),
  )
  return (await jsonOf<{ token: string }>(issued, 'own token')).token
}

/** Enrols through the link over real HTTP; returns the session cookie (`name=value`) it signed in with. */
export async function cookieThroughLink(base: string, enrolmentToken: string): Promise<string> {
  return (await enrolByLink((r) => fetch(r), base, enrolmentToken)).cookie
}

async function enrolByLink(doFetch: Fetch, base: string, enrolmentToken: string): Promise<{ cookie: string; csrfToken: string }> {
  const preview = await jsonOf<{ totp: { secret: string } }>(await doFetch(new Request(`${base}/api/v1/enrolment/${enrolmentToken}`)), 'enrolment preview')
  const done = await doFetch(
    new Request(`${base}/api/v1/enrolment/${enrolmentToken}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ password: 'correct horse battery staple', totpSecret: preview.totp.secret, totpCode: totpCode(preview.totp.secret, new Date()) }),
    }),
  )
  const cookie = (done.headers.get('set-cookie') ?? '').split(';')[0]!
  const { csrfToken } = await jsonOf<{ csrfToken: string }>(done, 'enrolment')
  return { cookie, csrfToken }
}

/** The whole path over real HTTP (hub processes): the admin issues the link, the person takes it. */
export async function tokenThroughEnrolment(base: string, adminToken: string, userId: string, name = 'test'): Promise<string> {
  const link = await jsonOf<{ token: string }>(await fetch(`${base}/api/v1/users/${userId}/enrolment`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}` } }), 'enrolment link')
  return ownTokenByLink((r) => fetch(r), base, link.token, name)
}
